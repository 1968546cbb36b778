CREATE TABLE `council_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `council_terms_region_start` ON `council_terms` (`region_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `parties` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`kind` text NOT NULL,
	`names` text NOT NULL,
	`short_name` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `parties_region` ON `parties` (`region_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`party_id` text,
	`title` text,
	`roles` text DEFAULT '[]' NOT NULL,
	`locale` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `people_email` ON `people` (`email`);--> statement-breakpoint
CREATE TABLE `person_identities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` text NOT NULL,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`from_file` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_identities_platform_external` ON `person_identities` (`platform`,`external_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`names` text NOT NULL,
	`zone` text DEFAULT 'Europe/Helsinki' NOT NULL,
	`default_locale` text DEFAULT 'fi' NOT NULL,
	`languages` text NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` text NOT NULL,
	`title` text NOT NULL,
	`term_starts_on` text NOT NULL,
	`term_ends_on` text,
	`status` text NOT NULL,
	`approved_on` text,
	`principles` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_regionId_unique` ON `agreements` (`region_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`code` text NOT NULL,
	`area` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `goals_agreement_code` ON `goals` (`agreement_id`,`code`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`party_id` text,
	`value` real NOT NULL,
	`recorded_at` integer NOT NULL,
	`recorded_by` text,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_values_unique` ON `indicator_values` (`indicator_id`,`year`,`party_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`baseline_value` real NOT NULL,
	`baseline_year` integer NOT NULL,
	`target_value` real NOT NULL,
	`target_year` integer NOT NULL,
	`direction` text NOT NULL,
	`source` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_goal_code` ON `indicators` (`goal_id`,`code`);--> statement-breakpoint
CREATE TABLE `measure_parties` (
	`measure_id` integer NOT NULL,
	`party_id` text NOT NULL,
	PRIMARY KEY(`measure_id`, `party_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`resources` text,
	`due_on` text,
	`status` text DEFAULT 'open' NOT NULL,
	`done_on` text,
	`progress_note` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measures_goal_code` ON `measures` (`goal_id`,`code`);--> statement-breakpoint
CREATE TABLE `channel_bindings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`forum_id` integer NOT NULL,
	`platform` text NOT NULL,
	`channel_ref` text NOT NULL,
	`disabled_at` integer,
	`disabled_reason` text,
	`from_file` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_bindings_platform_channel` ON `channel_bindings` (`platform`,`channel_ref`);--> statement-breakpoint
CREATE TABLE `forum_members` (
	`forum_id` integer NOT NULL,
	`person_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`party_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`forum_id`, `person_id`),
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `forum_members_person` ON `forum_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `forums` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` text NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`names` text NOT NULL,
	`legal_basis` text,
	`cadence` text NOT NULL,
	`is_public` integer DEFAULT true NOT NULL,
	`follows_up_agreement` integer DEFAULT false NOT NULL,
	`convening_party_id` text,
	`convener_id` text,
	`secretary_id` text,
	`agenda_deadline_days` integer DEFAULT 10 NOT NULL,
	`default_place` text,
	`default_duration_minutes` integer DEFAULT 120 NOT NULL,
	`reminders` text DEFAULT '{}' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`convening_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`convener_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`secretary_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `forums_region_code` ON `forums` (`region_id`,`code`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`forum_id` integer NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`zone` text NOT NULL,
	`place` text,
	`online_url` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`cancel_reason` text,
	`sequence` integer DEFAULT 0 NOT NULL,
	`agenda_deadline_at` integer,
	`page_key` text NOT NULL,
	`minutes_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_forum_year_number` ON `meetings` (`forum_id`,`year`,`number`);--> statement-breakpoint
CREATE INDEX `meetings_starts_at` ON `meetings` (`starts_at`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`proposal` text,
	`proposer_id` text,
	`party_id` text,
	`goal_codes` text DEFAULT '[]' NOT NULL,
	`preparer` text,
	`attachments` text DEFAULT '[]' NOT NULL,
	`estimated_minutes` integer,
	`state` text DEFAULT 'proposed' NOT NULL,
	`reject_reason` text,
	`position` integer DEFAULT 0 NOT NULL,
	`standing` integer DEFAULT false NOT NULL,
	`standing_key` text,
	`merged_into_id` integer,
	`moved_from_meeting_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`merged_into_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moved_from_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_items_meeting_number` ON `agenda_items` (`meeting_id`,`number`);--> statement-breakpoint
CREATE INDEX `agenda_items_proposer` ON `agenda_items` (`proposer_id`);--> statement-breakpoint
CREATE TABLE `agenda_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`version` integer NOT NULL,
	`published_at` integer NOT NULL,
	`published_by` text,
	`content` text NOT NULL,
	`change_summary` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_versions_meeting_version` ON `agenda_versions` (`meeting_id`,`version`);--> statement-breakpoint
CREATE TABLE `decision_diary_numbers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`party_id` text NOT NULL,
	`number` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decision_diary_numbers_party` ON `decision_diary_numbers` (`decision_id`,`party_id`);--> statement-breakpoint
CREATE TABLE `decision_goals` (
	`decision_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`decision_id`, `goal_id`),
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decision_goals_goal` ON `decision_goals` (`goal_id`);--> statement-breakpoint
CREATE TABLE `decision_measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`what` text NOT NULL,
	`party_id` text,
	`contact_person_id` text,
	`contact` text,
	`due_on` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`contact_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `decision_preparers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`person_id` text,
	`name` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`forum_id` integer NOT NULL,
	`meeting_id` text NOT NULL,
	`section` integer NOT NULL,
	`section_year` integer NOT NULL,
	`agenda_item_id` integer,
	`item_number` text,
	`title` text NOT NULL,
	`proposal` text,
	`decision_text` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`earlier_decision_id` integer,
	`amendment_of_id` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finalized_at` integer,
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`earlier_decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`amendment_of_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_forum_year_section` ON `decisions` (`forum_id`,`section_year`,`section`);--> statement-breakpoint
CREATE INDEX `decisions_meeting` ON `decisions` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `minutes` (
	`meeting_id` text PRIMARY KEY NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`chair_id` text,
	`secretary_id` text,
	`attendees` text DEFAULT '[]' NOT NULL,
	`legality_note` text,
	`finished_at` integer,
	`approved_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`chair_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`secretary_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `minutes_inspectors` (
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	`approved_at` integer,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`meeting_id`, `person_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `minutes`(`meeting_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `reminder_settings` (
	`person_id` text PRIMARY KEY NOT NULL,
	`muted_kinds` text DEFAULT '[]' NOT NULL,
	`delivery` text DEFAULT 'channel' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reminder_targets` (
	`target_key` text PRIMARY KEY NOT NULL,
	`disabled_at` integer NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`meeting_id` text,
	`forum_id` integer,
	`target_kind` text NOT NULL,
	`target_platform` text,
	`target_ref` text NOT NULL,
	`person_id` text,
	`due_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`not_before` integer,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`claimed_at` integer,
	`sent_at` integer,
	`payload` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_key_unique` ON `reminders` (`key`);--> statement-breakpoint
CREATE INDEX `reminders_pending_due` ON `reminders` (`due_at`) WHERE "reminders"."state" = 'pending';--> statement-breakpoint
CREATE INDEX `reminders_meeting` ON `reminders` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `conversation_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	`service_url` text NOT NULL,
	`conversation_id` text,
	`conversation_type` text,
	`tenant_id` text,
	`team_id` text,
	`channel_id` text,
	`bot_id` text,
	`user_id` text,
	`user_aad_id` text,
	`disabled_at` integer,
	`disabled_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversation_targets_platform_kind_ref` ON `conversation_targets` (`platform`,`kind`,`ref`);--> statement-breakpoint
CREATE TABLE `slack_seen_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `slack_seen_events_seen_at` ON `slack_seen_events` (`seen_at`);--> statement-breakpoint
CREATE TABLE `feed_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`scope` text NOT NULL,
	`owner_id` text NOT NULL,
	`forum_id` integer,
	`party_id` text,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_tokens_hash` ON `feed_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `feed_tokens_owner` ON `feed_tokens` (`owner_id`);