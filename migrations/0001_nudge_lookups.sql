CREATE INDEX `nudges_user_state_due` ON `nudges` (`user_id`,`state`,`due_at`);--> statement-breakpoint
CREATE INDEX `nudges_outbound` ON `nudges` (`outbound_id`);