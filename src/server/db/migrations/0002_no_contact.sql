CREATE TABLE "checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"mood" integer NOT NULL,
	"sad" integer NOT NULL,
	"desperate" integer NOT NULL,
	"steady" integer NOT NULL,
	"want_back" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkins_scores_check" CHECK (mood between 1 and 10 and sad between 0 and 10 and desperate between 0 and 10 and steady between 0 and 10),
	CONSTRAINT "checkins_want_back_check" CHECK (want_back in ('yes', 'not_sure', 'no'))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on_day" date NOT NULL,
	"channel" text NOT NULL,
	"warmth" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_kind_check" CHECK (kind in ('slip', 'necessary', 'incoming')),
	CONSTRAINT "contacts_channel_check" CHECK (channel in ('text', 'call', 'in_person', 'social')),
	CONSTRAINT "contacts_warmth_check" CHECK (warmth in ('warm', 'neutral', 'cold')),
	CONSTRAINT "contacts_warmth_incoming_check" CHECK ((kind = 'incoming') = (warmth is not null))
);
--> statement-breakpoint
CREATE TABLE "no_contact_rules" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"stopped_messaging" boolean DEFAULT false NOT NULL,
	"muted_social" boolean DEFAULT false NOT NULL,
	"no_calls" boolean DEFAULT false NOT NULL,
	"no_meetups" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "urges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"intensity" integer NOT NULL,
	"trigger" text NOT NULL,
	"draft" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "urges_intensity_check" CHECK (intensity between 0 and 10),
	CONSTRAINT "urges_trigger_check" CHECK (trigger in ('night', 'alcohol', 'memory', 'their_post', 'other'))
);
--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "no_contact_rules" ADD CONSTRAINT "no_contact_rules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urges" ADD CONSTRAINT "urges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkins_user_at_idx" ON "checkins" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "contacts_user_kind_on_idx" ON "contacts" USING btree ("user_id","kind","on_day");--> statement-breakpoint
CREATE INDEX "urges_user_at_idx" ON "urges" USING btree ("user_id","at");