CREATE TABLE `slack_seen_signatures` (
	`signature` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `slack_seen_signatures_expires_at` ON `slack_seen_signatures` (`expires_at`);