CREATE TABLE "safety_plans" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"warning_signs" text,
	"on_my_own" text,
	"distractions" text,
	"ask_for_help" text,
	"professionals" text,
	"safer_space" text,
	"reasons_to_live" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_screening" (
	"id" integer PRIMARY KEY NOT NULL,
	"detector_version" integer NOT NULL,
	"screened_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"source" text NOT NULL,
	"entry_id" text NOT NULL,
	"kind" text NOT NULL,
	"tier" text NOT NULL,
	"detector_version" integer NOT NULL,
	"found_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "safety_signals_source_check" CHECK (source in ('journal', 'urge', 'contact', 'problem', 'reflection', 'letter', 'activity', 'outing', 'checkin', 'first_contact', 'talk_note')),
	CONSTRAINT "safety_signals_kind_check" CHECK (kind in ('self_harm', 'abuse')),
	CONSTRAINT "safety_signals_answer_check" CHECK (answer in ('not_meant', 'safe_now', 'yes')),
	CONSTRAINT "safety_signals_answered_check" CHECK ((answer is null) = (answered_at is null))
);
--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "dark_thoughts" text;--> statement-breakpoint
ALTER TABLE "safety_plans" ADD CONSTRAINT "safety_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "safety_signals_entry_kind_idx" ON "safety_signals" USING btree ("user_id","source","entry_id","kind");--> statement-breakpoint
CREATE INDEX "safety_signals_user_kind_idx" ON "safety_signals" USING btree ("user_id","kind","answer");--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_dark_thoughts_check" CHECK (dark_thoughts in ('no', 'yes'));