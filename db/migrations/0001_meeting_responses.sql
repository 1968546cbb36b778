CREATE TABLE `meeting_responses` (
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	`answer` text NOT NULL,
	`deputy_id` text,
	`answered_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `person_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`deputy_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
