CREATE TABLE "webhook_signatures_seen" (
	"signature" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"seen_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "token_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "webhook_signatures_seen_at_idx" ON "webhook_signatures_seen" USING btree ("seen_at");