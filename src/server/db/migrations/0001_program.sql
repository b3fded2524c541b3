CREATE TABLE "problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"whose_part" text NOT NULL,
	"fixable" boolean NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "problems_whose_part_check" CHECK (whose_part in ('mine', 'theirs', 'both'))
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"scenario" text NOT NULL,
	"ex_name" text NOT NULL,
	"ex_pronouns" text NOT NULL,
	"ended_on" date NOT NULL,
	"last_contact_on" date NOT NULL,
	"time_zone" text NOT NULL,
	"together" text,
	"ending" text,
	"on_off" boolean DEFAULT false NOT NULL,
	"limited_contact" text,
	"moved_on_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_scenario_check" CHECK (scenario in ('i_ended', 'they_ended', 'mutual')),
	CONSTRAINT "programs_ex_pronouns_check" CHECK (ex_pronouns in ('he', 'she', 'they')),
	CONSTRAINT "programs_together_check" CHECK (together in ('under_6_months', '6_to_24_months', 'over_2_years')),
	CONSTRAINT "programs_ending_check" CHECK (ending in ('calm', 'hard', 'ugly')),
	CONSTRAINT "programs_limited_contact_check" CHECK (limited_contact in ('children', 'home', 'work'))
);
--> statement-breakpoint
CREATE TABLE "reflections" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"reason" text,
	"self_work" text,
	"treated_well" text,
	"felt_good" text,
	"felt_safe" text,
	"decision" text,
	"safety_confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reflections_reason_check" CHECK (reason in ('flaw', 'misunderstanding', 'heat_of_argument', 'test', 'other')),
	CONSTRAINT "reflections_treated_well_check" CHECK (treated_well in ('yes', 'mixed', 'no')),
	CONSTRAINT "reflections_felt_good_check" CHECK (felt_good in ('yes', 'mixed', 'no')),
	CONSTRAINT "reflections_felt_safe_check" CHECK (felt_safe in ('yes', 'mixed', 'no')),
	CONSTRAINT "reflections_decision_check" CHECK (decision in ('yes', 'not_sure', 'no'))
);
--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problems_user_position_idx" ON "problems" USING btree ("user_id","position");