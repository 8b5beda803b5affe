CREATE TABLE "deferred_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"automation_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"trigger" jsonb NOT NULL,
	"due_at" bigint NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "deferred_notifications_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "outbound_claims" (
	"message_id" uuid PRIMARY KEY NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "deferred_notifications_due_idx" ON "deferred_notifications" USING btree ("due_at","id");