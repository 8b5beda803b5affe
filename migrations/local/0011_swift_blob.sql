ALTER TABLE `agents` ADD `signature` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `messages` ADD `cc` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `messages` ADD `bcc` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `messages` ADD `mentions` text DEFAULT '[]' NOT NULL;