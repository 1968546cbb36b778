-- Decision search in the order it is shown, one region at a time (issue 18). Every list of decisions is newest
-- first: by the meeting's start, then by § (descending), then by id. With the index's rowids ascending in that order
-- and each region's rowids together, a page is read from the start of the region's stretch and the reading stops at
-- the page's end, and a word's postings are read only in the region's own stretch (FTS5 skips to it through its
-- doclist index, which it does reading forwards only): the cost follows the page, not the ten years of history nor
-- the other regions'.
--
-- decision_search_keys gives each decision its rowid: the region's number (decision_search_regions, 11 bits), then,
-- counted down so that the newest comes first, the meeting start in minutes since 1970 (30 bits) and the § (12
-- bits), and 10 low bits that keep decisions with the same region, start minute and § apart, in the order they were
-- recorded (so by id): a later one takes the slot after its group's last. Values are clamped into their bits so none
-- can overflow the 63: a start after the year 4011, a § over 4095 or a region past the 2047th only sorts as that.
--
-- Columns of the index: `scope` is one token naming the decision's forum and `goals` one token per goal it serves
-- (three private-use characters each, a single trigram; never typed by anyone), so the forums a person may read and a
-- goal are posting lists of their own, read in order with the words. Title, proposal and decision text are trigram
-- tokens with case and diacritics folded, as before (0007, 0009).
DROP TRIGGER `decision_search_insert`;
--> statement-breakpoint
DROP TRIGGER `decision_search_delete`;
--> statement-breakpoint
DROP TRIGGER `decision_search_update`;
--> statement-breakpoint
DROP TABLE `decision_search`;
--> statement-breakpoint
CREATE TABLE `decision_search_regions` (`number` integer PRIMARY KEY NOT NULL, `region_id` text NOT NULL UNIQUE);
--> statement-breakpoint
CREATE TABLE `decision_search_keys` (`key` integer PRIMARY KEY NOT NULL, `decision_id` integer NOT NULL UNIQUE);
--> statement-breakpoint
CREATE VIRTUAL TABLE `decision_search` USING fts5(scope, goals, title, proposal, decision_text, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');
--> statement-breakpoint
CREATE TRIGGER `decision_search_insert` AFTER INSERT ON `decisions` BEGIN
  INSERT OR IGNORE INTO decision_search_regions(region_id) SELECT region_id FROM forums WHERE id = new.forum_id;
  INSERT INTO decision_search_keys(key, decision_id)
  SELECT coalesce((SELECT max(key) FROM decision_search_keys WHERE key BETWEEN b.base AND b.base + 1023) + 1, b.base), new.id
  FROM (SELECT (SELECT min(number, 2047) FROM decision_search_regions WHERE region_id = (SELECT region_id FROM forums WHERE id = new.forum_id)) * 4503599627370496 + (1073741823 - max(0, min(1073741823, m.starts_at / 60000))) * 4194304 + (4095 - max(0, min(new.section, 4095))) * 1024 AS base FROM meetings m WHERE m.id = new.meeting_id) b;
  INSERT INTO decision_search(rowid, scope, goals, title, proposal, decision_text)
  SELECT key, char(57344 + new.forum_id % 4096, 61440 + (new.forum_id / 4096) % 2048, 63743), coalesce((SELECT group_concat(char(57344 + goal_id % 4096, 61440 + (goal_id / 4096) % 2048, 63742), '') FROM decision_goals WHERE decision_id = new.id), ''), new.title, new.proposal, new.decision_text
  FROM decision_search_keys WHERE decision_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_delete` AFTER DELETE ON `decisions` BEGIN
  DELETE FROM decision_search WHERE rowid = (SELECT key FROM decision_search_keys WHERE decision_id = old.id);
  DELETE FROM decision_search_keys WHERE decision_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_update` AFTER UPDATE OF forum_id, meeting_id, section, title, proposal, decision_text ON `decisions` BEGIN
  DELETE FROM decision_search WHERE rowid = (SELECT key FROM decision_search_keys WHERE decision_id = old.id);
  DELETE FROM decision_search_keys WHERE decision_id = old.id;
  INSERT OR IGNORE INTO decision_search_regions(region_id) SELECT region_id FROM forums WHERE id = new.forum_id;
  INSERT INTO decision_search_keys(key, decision_id)
  SELECT coalesce((SELECT max(key) FROM decision_search_keys WHERE key BETWEEN b.base AND b.base + 1023) + 1, b.base), new.id
  FROM (SELECT (SELECT min(number, 2047) FROM decision_search_regions WHERE region_id = (SELECT region_id FROM forums WHERE id = new.forum_id)) * 4503599627370496 + (1073741823 - max(0, min(1073741823, m.starts_at / 60000))) * 4194304 + (4095 - max(0, min(new.section, 4095))) * 1024 AS base FROM meetings m WHERE m.id = new.meeting_id) b;
  INSERT INTO decision_search(rowid, scope, goals, title, proposal, decision_text)
  SELECT key, char(57344 + new.forum_id % 4096, 61440 + (new.forum_id / 4096) % 2048, 63743), coalesce((SELECT group_concat(char(57344 + goal_id % 4096, 61440 + (goal_id / 4096) % 2048, 63742), '') FROM decision_goals WHERE decision_id = new.id), ''), new.title, new.proposal, new.decision_text
  FROM decision_search_keys WHERE decision_id = new.id;
END;
--> statement-breakpoint
-- A meeting's start changing, or a decision's goals, indexes its decisions again (through the update trigger).
CREATE TRIGGER `decision_search_meeting_start` AFTER UPDATE OF starts_at ON `meetings` WHEN new.starts_at IS NOT old.starts_at BEGIN
  UPDATE decisions SET section = section WHERE meeting_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_goal_insert` AFTER INSERT ON `decision_goals` BEGIN
  UPDATE decisions SET section = section WHERE id = new.decision_id;
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_goal_delete` AFTER DELETE ON `decision_goals` BEGIN
  UPDATE decisions SET section = section WHERE id = old.decision_id;
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_goal_update` AFTER UPDATE ON `decision_goals` BEGIN
  UPDATE decisions SET section = section WHERE id IN (old.decision_id, new.decision_id);
END;
--> statement-breakpoint
-- The existing decisions, the first recorded lowest within a region, start minute and §.
INSERT INTO decision_search_regions(region_id) SELECT id FROM regions ORDER BY rowid;
--> statement-breakpoint
INSERT INTO decision_search_keys(key, decision_id)
SELECT base + row_number() OVER (PARTITION BY base ORDER BY id) - 1, id
FROM (SELECT d.id, (SELECT min(number, 2047) FROM decision_search_regions WHERE region_id = (SELECT region_id FROM forums WHERE id = d.forum_id)) * 4503599627370496 + (1073741823 - max(0, min(1073741823, m.starts_at / 60000))) * 4194304 + (4095 - max(0, min(d.section, 4095))) * 1024 AS base FROM decisions d JOIN meetings m ON m.id = d.meeting_id);
--> statement-breakpoint
INSERT INTO decision_search(rowid, scope, goals, title, proposal, decision_text)
SELECT k.key, char(57344 + d.forum_id % 4096, 61440 + (d.forum_id / 4096) % 2048, 63743), coalesce((SELECT group_concat(char(57344 + goal_id % 4096, 61440 + (goal_id / 4096) % 2048, 63742), '') FROM decision_goals WHERE decision_id = d.id), ''), d.title, d.proposal, d.decision_text
FROM decisions d JOIN decision_search_keys k ON k.decision_id = d.id;
--> statement-breakpoint
INSERT INTO decision_search(decision_search) VALUES ('optimize');