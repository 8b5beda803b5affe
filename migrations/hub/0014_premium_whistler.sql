CREATE TABLE "csat_surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"solved_at" bigint NOT NULL,
	"due_at" bigint NOT NULL,
	"channel" text,
	"message_id" uuid,
	"sent_at" bigint,
	"expires_at" bigint,
	"skip_reason" text,
	"created_at" bigint NOT NULL,
	CONSTRAINT "csat_surveys_ticket_id_unique" UNIQUE("ticket_id")
);
--> statement-breakpoint
CREATE INDEX "csat_surveys_due_idx" ON "csat_surveys" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "csat_surveys_customer_idx" ON "csat_surveys" USING btree ("customer_id","sent_at");