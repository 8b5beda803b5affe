CREATE TABLE "carrier_connectors" (
	"carrier" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"shipment_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"ticket_id" uuid,
	"carrier" text NOT NULL,
	"kind" text NOT NULL,
	"details" jsonb NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"carrier_reference" text,
	"requested_by" uuid NOT NULL,
	"requested_at" bigint NOT NULL,
	"settled_at" bigint,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "shipment_actions_shipment_idx" ON "shipment_actions" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "shipment_actions_state_idx" ON "shipment_actions" USING btree ("state");