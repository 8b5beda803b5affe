-- Full-text search over knowledge articles (issue #5). A contentful FTS5 table keyed by the
-- article id (UNINDEXED): kb_articles has a text primary key, whose implicit rowid VACUUM may renumber.
CREATE VIRTUAL TABLE `kb_articles_fts` USING fts5(
	`id` UNINDEXED,
	`title`,
	`body`,
	`tags`,
	`category`,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Tags are stored as a JSON array; the index gets them as space-separated words.
CREATE TRIGGER `kb_articles_fts_insert` AFTER INSERT ON `kb_articles` BEGIN
	INSERT INTO `kb_articles_fts` (`id`, `title`, `body`, `tags`, `category`)
	VALUES (new.`id`, new.`title`, new.`body`,
		CASE WHEN json_valid(new.`tags`) THEN (SELECT group_concat(value, ' ') FROM json_each(new.`tags`)) ELSE new.`tags` END,
		new.`category`);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_articles_fts_update` AFTER UPDATE ON `kb_articles` BEGIN
	DELETE FROM `kb_articles_fts` WHERE `id` = old.`id`;
	INSERT INTO `kb_articles_fts` (`id`, `title`, `body`, `tags`, `category`)
	VALUES (new.`id`, new.`title`, new.`body`,
		CASE WHEN json_valid(new.`tags`) THEN (SELECT group_concat(value, ' ') FROM json_each(new.`tags`)) ELSE new.`tags` END,
		new.`category`);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_articles_fts_delete` AFTER DELETE ON `kb_articles` BEGIN
	DELETE FROM `kb_articles_fts` WHERE `id` = old.`id`;
END;
--> statement-breakpoint
-- Articles already in the replica (synced before this migration) are indexed once here.
INSERT INTO `kb_articles_fts` (`id`, `title`, `body`, `tags`, `category`)
SELECT `id`, `title`, `body`,
	CASE WHEN json_valid(`tags`) THEN (SELECT group_concat(value, ' ') FROM json_each(`tags`)) ELSE `tags` END,
	`category`
FROM `kb_articles`;
