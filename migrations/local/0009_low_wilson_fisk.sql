CREATE TABLE `field_defs` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`type` text NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	`currency` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tag_defs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`colour` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `messages` ADD `call` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `tags` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `tickets` ADD `fields` text DEFAULT '{}' NOT NULL;