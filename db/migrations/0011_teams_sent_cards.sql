CREATE TABLE `teams_sent_cards` (
	`conversation_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`card` text NOT NULL,
	`sent_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`conversation_id`, `activity_id`)
);
--> statement-breakpoint
CREATE INDEX `teams_sent_cards_conversation_sent_at` ON `teams_sent_cards` (`conversation_id`,`sent_at`);--> statement-breakpoint
CREATE INDEX `teams_sent_cards_updated_at` ON `teams_sent_cards` (`updated_at`);