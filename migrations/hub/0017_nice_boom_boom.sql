CREATE TABLE "warehouse_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_at" bigint NOT NULL,
	"warehouse" text,
	"expected_date" bigint,
	"lines" jsonb NOT NULL,
	"shipment_id" uuid,
	"partial" boolean NOT NULL,
	"note" text,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exceptions" ALTER COLUMN "shipment_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "exceptions" ADD COLUMN "order_id" uuid;--> statement-breakpoint
ALTER TABLE "warehouse_events" ADD CONSTRAINT "warehouse_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse_events" ADD CONSTRAINT "warehouse_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "warehouse_events_order_idx" ON "warehouse_events" USING btree ("order_id","occurred_at","type");--> statement-breakpoint
ALTER TABLE "exceptions" ADD CONSTRAINT "exceptions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exceptions_order_idx" ON "exceptions" USING btree ("order_id");