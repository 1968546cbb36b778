ALTER TABLE `forums` ADD `quorum` integer;--> statement-breakpoint
ALTER TABLE `minutes` ADD `attendance_recorded_at` integer;--> statement-breakpoint
ALTER TABLE `minutes` ADD `opened_at` integer;--> statement-breakpoint
ALTER TABLE `minutes` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `minutes` ADD `public_notice_on` text;