-- Full-text search over message subjects and bodies (issue #13 item 7). External content: the index
-- reads text from `messages` by rowid, so 1M messages are not stored twice. The replica upserts with
-- ON CONFLICT DO UPDATE and never runs a full VACUUM (incremental only), so a message keeps its rowid.
-- unicode61 splits "SO-104233" into "so" "104233": the search quotes each typed term as a phrase, so the
-- whole number matches as adjacent tokens and its digits alone still match. No porter stemming: order and
-- tracking numbers must not be stemmed, and agents search for exact words in threads.
CREATE VIRTUAL TABLE `messages_fts` USING fts5(
	`subject`,
	`body`,
	content = 'messages',
	content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `messages_fts_insert` AFTER INSERT ON `messages` BEGIN
	INSERT INTO `messages_fts` (`rowid`, `subject`, `body`) VALUES (new.`rowid`, new.`subject`, new.`body`);
END;
--> statement-breakpoint
-- Only text changes re-index: the replica's upsert sets every column, so compare; delivery status
-- updates (queued → sent → delivered) leave the index alone.
CREATE TRIGGER `messages_fts_update` AFTER UPDATE OF `subject`, `body` ON `messages`
WHEN old.`subject` IS NOT new.`subject` OR old.`body` IS NOT new.`body` BEGIN
	INSERT INTO `messages_fts` (`messages_fts`, `rowid`, `subject`, `body`) VALUES ('delete', old.`rowid`, old.`subject`, old.`body`);
	INSERT INTO `messages_fts` (`rowid`, `subject`, `body`) VALUES (new.`rowid`, new.`subject`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `messages_fts_delete` AFTER DELETE ON `messages` BEGIN
	INSERT INTO `messages_fts` (`messages_fts`, `rowid`, `subject`, `body`) VALUES ('delete', old.`rowid`, old.`subject`, old.`body`);
END;
--> statement-breakpoint
-- Messages already in the replica (synced before this migration) are indexed once here.
INSERT INTO `messages_fts` (`messages_fts`) VALUES ('rebuild');
