-- A decision's list line beside its index key (issue 18): what "ANK 21.4.2027 § 15 Title (#T3 #T5)" needs, as a JSON
-- array [id, title, §, forum code, meeting start, meeting zone, [goal codes in the goals' order]]. A page of search
-- results is then one lookup per decision by the key the search read, instead of the decision, its forum, its meeting
-- and its goals (src/services/decisions/list-rows.ts).
--
-- The line is written whenever a key is (migration 0012 writes a decision's key again when its forum, meeting, §,
-- texts, goals or its meeting's start change), and changed in place when what it shows changes without a new key:
-- a meeting's zone, a forum's code, a goal's code or order.
ALTER TABLE `decision_search_keys` ADD `line` text;
--> statement-breakpoint
CREATE TRIGGER `decision_search_line` AFTER INSERT ON `decision_search_keys` BEGIN
  UPDATE decision_search_keys SET line = (
    SELECT json_array(d.id, d.title, d.section, f.code, m.starts_at, m.zone, json((SELECT json_group_array(g.code ORDER BY g.position, g.id) FROM decision_goals dg JOIN goals g ON g.id = dg.goal_id WHERE dg.decision_id = d.id)))
    FROM decisions d JOIN forums f ON f.id = d.forum_id JOIN meetings m ON m.id = d.meeting_id WHERE d.id = new.decision_id
  ) WHERE key = new.key;
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_line_zone` AFTER UPDATE OF zone ON `meetings` WHEN new.zone IS NOT old.zone BEGIN
  UPDATE decision_search_keys SET line = json_set(line, '$[5]', new.zone) WHERE decision_id IN (SELECT id FROM decisions WHERE meeting_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_line_forum_code` AFTER UPDATE OF code ON `forums` WHEN new.code IS NOT old.code BEGIN
  UPDATE decision_search_keys SET line = json_set(line, '$[3]', new.code) WHERE decision_id IN (SELECT id FROM decisions WHERE forum_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_line_goal` AFTER UPDATE OF code, position ON `goals` WHEN new.code IS NOT old.code OR new.position IS NOT old.position BEGIN
  UPDATE decision_search_keys SET line = json_set(line, '$[6]', json((SELECT json_group_array(g.code ORDER BY g.position, g.id) FROM decision_goals dg JOIN goals g ON g.id = dg.goal_id WHERE dg.decision_id = decision_search_keys.decision_id)))
  WHERE decision_id IN (SELECT decision_id FROM decision_goals WHERE goal_id = new.id);
END;
--> statement-breakpoint
-- The existing decisions' lines.
UPDATE decision_search_keys SET line = (
  SELECT json_array(d.id, d.title, d.section, f.code, m.starts_at, m.zone, json((SELECT json_group_array(g.code ORDER BY g.position, g.id) FROM decision_goals dg JOIN goals g ON g.id = dg.goal_id WHERE dg.decision_id = d.id)))
  FROM decisions d JOIN forums f ON f.id = d.forum_id JOIN meetings m ON m.id = d.meeting_id WHERE d.id = decision_search_keys.decision_id
);
