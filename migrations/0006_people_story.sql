ALTER TABLE `people` ADD `plans` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `news` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `recurring_place` text;--> statement-breakpoint
ALTER TABLE `people` ADD `move` text;--> statement-breakpoint
ALTER TABLE `people` ADD `ties` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `covered` text DEFAULT '[]' NOT NULL;