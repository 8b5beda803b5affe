DROP INDEX `tickets_team_status_channel_idx`;--> statement-breakpoint
CREATE INDEX `tickets_status_channel_idx` ON `tickets` (`status`,`channel`,`team_id`);