-- Decision search scoped to the region (issue 18). With every region's decisions in one index, a word common in the
-- country made each search walk the whole country's matches; the first column now names the decision's region,
-- so a search matches `scope : "<region>" AND …` and walks its own region's postings only. Contentless (the text
-- stays in decisions, rows are deleted by id), trigram tokens with case and diacritics folded as before.
DROP TRIGGER `decisions_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `decisions_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `decisions_fts_update`;
--> statement-breakpoint
DROP TABLE `decisions_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `decision_search` USING fts5(scope, title, proposal, decision_text, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');
--> statement-breakpoint
CREATE TRIGGER `decision_search_insert` AFTER INSERT ON `decisions` BEGIN
  INSERT INTO decision_search(rowid, scope, title, proposal, decision_text)
  VALUES (new.id, '~' || (SELECT region_id FROM forums WHERE id = new.forum_id) || '~', new.title, new.proposal, new.decision_text);
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_delete` AFTER DELETE ON `decisions` BEGIN
  DELETE FROM decision_search WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `decision_search_update` AFTER UPDATE OF forum_id, title, proposal, decision_text ON `decisions` BEGIN
  DELETE FROM decision_search WHERE rowid = old.id;
  INSERT INTO decision_search(rowid, scope, title, proposal, decision_text)
  VALUES (new.id, '~' || (SELECT region_id FROM forums WHERE id = new.forum_id) || '~', new.title, new.proposal, new.decision_text);
END;
--> statement-breakpoint
INSERT INTO decision_search(rowid, scope, title, proposal, decision_text)
SELECT d.id, '~' || f.region_id || '~', d.title, d.proposal, d.decision_text FROM decisions d JOIN forums f ON f.id = d.forum_id;
