ALTER TABLE `macros` ADD `owner_agent_id` text;--> statement-breakpoint
ALTER TABLE `macros` ADD `archived` integer DEFAULT false NOT NULL;