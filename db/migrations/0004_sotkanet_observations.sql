CREATE TABLE `indicator_observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`area` text NOT NULL,
	`party_id` text,
	`year` integer NOT NULL,
	`gender` text DEFAULT 'total' NOT NULL,
	`value` real NOT NULL,
	`source` text NOT NULL,
	`fetched_at` integer NOT NULL,
	`fetched_by` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_observations_key` ON `indicator_observations` (`indicator_id`,`area`,`year`,`gender`,`source`);--> statement-breakpoint
ALTER TABLE `parties` ADD `statistics_code` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `sotkanet_id` integer;--> statement-breakpoint
ALTER TABLE `indicators` ADD `sotkanet_gender` text DEFAULT 'total' NOT NULL;