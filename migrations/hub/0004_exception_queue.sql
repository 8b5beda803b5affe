ALTER TABLE "exceptions" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "exceptions" ADD COLUMN "acknowledged_by" uuid;--> statement-breakpoint
ALTER TABLE "exceptions" ADD COLUMN "resolved_by" uuid;--> statement-breakpoint
ALTER TABLE "exceptions" ADD COLUMN "resolution_note" text;--> statement-breakpoint
ALTER TABLE "exceptions" ADD COLUMN "notified_at" bigint;