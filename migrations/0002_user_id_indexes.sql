CREATE INDEX `export_tokens_user` ON `export_tokens` (`user_id`);--> statement-breakpoint
CREATE INDEX `inbound_user` ON `inbound` (`user_id`);