-- Data governance (issue #15 part 5): an erased or anonymised message's words leave the search
-- index at once instead of lingering in old FTS segments until a merge.
INSERT INTO `messages_fts` (`messages_fts`, `rank`) VALUES ('secure-delete', 1);
