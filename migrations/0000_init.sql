CREATE TABLE `changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`summary` text NOT NULL,
	`revert` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `changes_user` ON `changes` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `export_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`format` text DEFAULT 'vcf' NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `inbound` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sid` text NOT NULL,
	`user_id` integer,
	`phone` text NOT NULL,
	`body` text NOT NULL,
	`num_media` integer DEFAULT 0 NOT NULL,
	`received_at` integer NOT NULL,
	`state` text DEFAULT 'received' NOT NULL,
	`reply` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_sid_unique` ON `inbound` (`sid`);--> statement-breakpoint
CREATE INDEX `inbound_phone_received` ON `inbound` (`phone`,`received_at`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`person_id` integer,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notes_person` ON `notes` (`person_id`);--> statement-breakpoint
CREATE INDEX `notes_user` ON `notes` (`user_id`);--> statement-breakpoint
CREATE TABLE `nudges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`due_at` integer NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL,
	`outbound_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `nudges_state_due` ON `nudges` (`state`,`due_at`);--> statement-breakpoint
CREATE INDEX `nudges_person_state` ON `nudges` (`person_id`,`state`);--> statement-breakpoint
CREATE TABLE `outbound` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`body` text NOT NULL,
	`local_day` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`twilio_sid` text,
	`error_code` integer,
	`claim` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outbound_state_next` ON `outbound` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbound_user_day` ON `outbound` (`user_id`,`local_day`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbound_sid_unique` ON `outbound` (`twilio_sid`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbound_claim_unique` ON `outbound` (`claim`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`met` text,
	`met_at` integer NOT NULL,
	`interests` text DEFAULT '[]' NOT NULL,
	`work` text DEFAULT '[]' NOT NULL,
	`contacts` text DEFAULT '{}' NOT NULL,
	`events` text DEFAULT '[]' NOT NULL,
	`warmth` text DEFAULT 'unknown' NOT NULL,
	`silences` integer DEFAULT 0 NOT NULL,
	`kept` integer DEFAULT false NOT NULL,
	`sent_kinds` text DEFAULT '[]' NOT NULL,
	`celebrated_events` text DEFAULT '[]' NOT NULL,
	`last_contact_at` integer,
	`archived` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `people_user_name` ON `people` (`user_id`,`name_key`);--> statement-breakpoint
CREATE INDEX `people_user_updated` ON `people` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`phone` text NOT NULL,
	`time_zone` text NOT NULL,
	`window_start` integer DEFAULT 9 NOT NULL,
	`window_end` integer DEFAULT 20 NOT NULL,
	`preferred_hour` integer DEFAULT 10 NOT NULL,
	`opted_out` integer DEFAULT false NOT NULL,
	`paused_until` integer,
	`pending` text,
	`pending_expires_at` integer,
	`last_nudge_people` text,
	`last_nudge_at` integer,
	`cap_day` text,
	`cap_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_phone_unique` ON `users` (`phone`);