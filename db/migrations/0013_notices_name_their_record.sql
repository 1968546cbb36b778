-- A decision announcement and a late proposal's notice now name their record ({ decisionId }, { itemId }) and are
-- rendered when sent. Rows queued before this carried a rendered message; give each the id its subject or key holds,
-- so a row still waiting is sent (rendered anew) instead of failing validation.
UPDATE `reminders` SET `payload` = json_object('decisionId', CAST(substr(`subject`, 10) AS INTEGER))
WHERE `kind` = 'decision_announced' AND `subject` LIKE 'decision:%' AND json_extract(`payload`, '$.decisionId') IS NULL;
--> statement-breakpoint
UPDATE `reminders` SET `payload` = json_object('itemId', CAST(substr(substr(`key`, length('late:' || `meeting_id` || ':') + 1), 1, instr(substr(`key`, length('late:' || `meeting_id` || ':') + 1), ':') - 1) AS INTEGER))
WHERE `kind` = 'late_proposal' AND `key` LIKE 'late:' || `meeting_id` || ':%' AND json_extract(`payload`, '$.itemId') IS NULL;
