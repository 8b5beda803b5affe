CREATE TABLE `parked_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_agent_id` text NOT NULL,
	`owner_name` text NOT NULL,
	`owner_hub` text NOT NULL,
	`mutation_id` text NOT NULL,
	`name` text NOT NULL,
	`args` text NOT NULL,
	`created_at` integer NOT NULL,
	`parked_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parked_changes_mutation_id_unique` ON `parked_changes` (`mutation_id`);--> statement-breakpoint
CREATE TABLE `recent_opens` (
	`entity` text NOT NULL,
	`id` text NOT NULL,
	`opened_at` integer NOT NULL,
	PRIMARY KEY(`entity`, `id`)
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `last_error` text;