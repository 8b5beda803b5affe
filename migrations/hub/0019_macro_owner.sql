ALTER TABLE "macros" ADD COLUMN "owner_agent_id" uuid;--> statement-breakpoint
ALTER TABLE "macros" ADD COLUMN "archived" boolean DEFAULT false NOT NULL;