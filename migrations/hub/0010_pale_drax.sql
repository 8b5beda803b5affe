CREATE TABLE "customer_duplicates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"other_id" uuid NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" text NOT NULL,
	"detected_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "addresses" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_duplicates_pair_idx" ON "customer_duplicates" USING btree ("customer_id","other_id");