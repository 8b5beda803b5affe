CREATE TABLE `shipment_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`shipment_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`ticket_id` text,
	`carrier` text NOT NULL,
	`kind` text NOT NULL,
	`details` text NOT NULL,
	`state` text NOT NULL,
	`reason` text,
	`carrier_reference` text,
	`requested_by` text NOT NULL,
	`requested_at` integer NOT NULL,
	`settled_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `shipment_actions_shipment_idx` ON `shipment_actions` (`shipment_id`);--> statement-breakpoint
CREATE INDEX `shipment_actions_ticket_idx` ON `shipment_actions` (`ticket_id`);