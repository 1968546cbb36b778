CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `forums` ADD `mailbox` text;--> statement-breakpoint
ALTER TABLE `forums` ADD `color` text;