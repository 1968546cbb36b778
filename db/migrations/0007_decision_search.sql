-- Full-text index of decisions (issue 18): title, proposal and decision text, trigram-tokenised so any part of a
-- word matches (Finnish compounds: "kertomus" finds "hyvinvointikertomus"), case and diacritics folded so
-- "aanekoski" and "äänekoski" both find "Äänekoski". External content: the text lives once, in decisions; the
-- triggers keep the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE `decisions_fts` USING fts5(title, proposal, decision_text, content='decisions', content_rowid='id', tokenize='trigram remove_diacritics 1');
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_insert` AFTER INSERT ON `decisions` BEGIN
  INSERT INTO decisions_fts(rowid, title, proposal, decision_text) VALUES (new.id, new.title, new.proposal, new.decision_text);
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_delete` AFTER DELETE ON `decisions` BEGIN
  INSERT INTO decisions_fts(decisions_fts, rowid, title, proposal, decision_text) VALUES ('delete', old.id, old.title, old.proposal, old.decision_text);
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_update` AFTER UPDATE OF title, proposal, decision_text ON `decisions` BEGIN
  INSERT INTO decisions_fts(decisions_fts, rowid, title, proposal, decision_text) VALUES ('delete', old.id, old.title, old.proposal, old.decision_text);
  INSERT INTO decisions_fts(rowid, title, proposal, decision_text) VALUES (new.id, new.title, new.proposal, new.decision_text);
END;
--> statement-breakpoint
INSERT INTO decisions_fts(decisions_fts) VALUES ('rebuild');
