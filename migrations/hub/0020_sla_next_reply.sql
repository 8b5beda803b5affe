ALTER TABLE "tickets" ADD COLUMN "next_response_since" bigint;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "next_response_due_at" bigint;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "next_response_paused_ms" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_at_risk_at" bigint;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD COLUMN "next_response_minutes" integer;