-- A counter of changes to the data nearly every chat command reads: the region, its parties and people, their chat
-- identities, forums, members and channel bindings. Triggers count each insert, update and delete, whichever
-- connection makes it (the running bot, the CLI), so a process may keep what it read of these tables for as long as
-- the counter has not moved, at the cost of reading one row (db/reference-cache.ts; issue 18 §5).
CREATE TABLE `reference_version` (`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1), `version` integer NOT NULL);
--> statement-breakpoint
INSERT INTO `reference_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `regions_reference_insert` AFTER INSERT ON `regions` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `regions_reference_update` AFTER UPDATE ON `regions` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `regions_reference_delete` AFTER DELETE ON `regions` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `parties_reference_insert` AFTER INSERT ON `parties` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `parties_reference_update` AFTER UPDATE ON `parties` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `parties_reference_delete` AFTER DELETE ON `parties` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `people_reference_insert` AFTER INSERT ON `people` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `people_reference_update` AFTER UPDATE ON `people` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `people_reference_delete` AFTER DELETE ON `people` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `person_identities_reference_insert` AFTER INSERT ON `person_identities` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `person_identities_reference_update` AFTER UPDATE ON `person_identities` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `person_identities_reference_delete` AFTER DELETE ON `person_identities` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `forums_reference_insert` AFTER INSERT ON `forums` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `forums_reference_update` AFTER UPDATE ON `forums` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `forums_reference_delete` AFTER DELETE ON `forums` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `forum_members_reference_insert` AFTER INSERT ON `forum_members` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `forum_members_reference_update` AFTER UPDATE ON `forum_members` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `forum_members_reference_delete` AFTER DELETE ON `forum_members` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `channel_bindings_reference_insert` AFTER INSERT ON `channel_bindings` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `channel_bindings_reference_update` AFTER UPDATE ON `channel_bindings` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `channel_bindings_reference_delete` AFTER DELETE ON `channel_bindings` BEGIN UPDATE `reference_version` SET `version` = `version` + 1; END;
