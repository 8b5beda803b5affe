CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`number` text NOT NULL,
	`order_numbers` text NOT NULL,
	`status` text NOT NULL,
	`currency` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`paid_minor` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`pdf` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `invoices_customer_idx` ON `invoices` (`customer_id`,`issued_at`);--> statement-breakpoint
CREATE INDEX `invoices_number_idx` ON `invoices` (`number`);