CREATE INDEX `channel_bindings_forum` ON `channel_bindings` (`forum_id`);--> statement-breakpoint
CREATE INDEX `decision_measures_decision` ON `decision_measures` (`decision_id`,`position`);--> statement-breakpoint
CREATE INDEX `decision_preparers_decision` ON `decision_preparers` (`decision_id`,`position`);