ALTER TABLE `notes` ADD `ref` text;--> statement-breakpoint
CREATE UNIQUE INDEX `notes_ref_unique` ON `notes` (`ref`);--> statement-breakpoint
ALTER TABLE `people` ADD `ref` text;--> statement-breakpoint
CREATE UNIQUE INDEX `people_ref_unique` ON `people` (`ref`);--> statement-breakpoint
ALTER TABLE `people` DROP COLUMN `archived`;--> statement-breakpoint
ALTER TABLE `export_tokens` DROP COLUMN `format`;