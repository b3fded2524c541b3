DROP INDEX "journal_entries_user_created_idx";--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "at" timestamp with time zone;--> statement-breakpoint
UPDATE "journal_entries" SET "at" = "created_at";--> statement-breakpoint
ALTER TABLE "journal_entries" ALTER COLUMN "at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "journal_entries_user_at_idx" ON "journal_entries" USING btree ("user_id","at");
