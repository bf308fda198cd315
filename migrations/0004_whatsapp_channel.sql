ALTER TABLE `users` ADD `channel` text DEFAULT 'sms' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `whatsapp_last_inbound_at` integer;