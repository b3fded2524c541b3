-- A person's facts version (users.facts_version, read with their session) moves on in the same
-- transaction as any change to what Today is derived from (features/program/queries.ts, the facts
-- statement), and only then: a logged urge or a saved safety plan leaves Today's kept facts alone;
-- a recorded or answered safety signal does not. Statement-level triggers, so an import or a
-- background re-screening moves each person on once per statement, not once per row.
CREATE FUNCTION "facts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "users" SET "facts_version" = "facts_version" + 1
    WHERE "id" IN (SELECT DISTINCT "user_id" FROM "changed_rows");
  RETURN NULL;
END $$;--> statement-breakpoint
-- Of the letter, Today reads only the day it was sent; its drafts are saved as they are typed.
CREATE FUNCTION "letter_sent_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "users" SET "facts_version" = "facts_version" + 1 WHERE "id" = NEW."user_id";
  RETURN NULL;
END $$;--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['programs', 'reflections', 'problems', 'letters', 'contacts', 'checkins',
    'first_contacts', 'outings', 'talks', 'safety_signals']
  LOOP
    EXECUTE format('CREATE TRIGGER "%s_facts_inserted" AFTER INSERT ON %I REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "facts_changed"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_facts_deleted" AFTER DELETE ON %I REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "facts_changed"()', t, t);
    IF t <> 'letters' THEN
      EXECUTE format('CREATE TRIGGER "%s_facts_updated" AFTER UPDATE ON %I REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "facts_changed"()', t, t);
    END IF;
  END LOOP;
END $$;--> statement-breakpoint
CREATE TRIGGER "letters_facts_updated" AFTER UPDATE OF "sent_on" ON "letters" FOR EACH ROW
  WHEN (OLD."sent_on" IS DISTINCT FROM NEW."sent_on") EXECUTE FUNCTION "letter_sent_changed"();
