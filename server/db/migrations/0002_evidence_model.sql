CREATE TABLE "parties" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_ko" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "developments" (
	"id" serial PRIMARY KEY NOT NULL,
	"effective_on" date NOT NULL,
	"date_precision" text DEFAULT 'day' NOT NULL,
	"actors" text[] NOT NULL,
	"standing" text DEFAULT 'confirmed' NOT NULL,
	"dispute_note" text,
	"dispute_note_ko" text,
	"summary" text NOT NULL,
	"summary_ko" text,
	"sources" jsonb NOT NULL,
	"author_id" integer,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"commitment_id" integer NOT NULL,
	"reviewed_on" date NOT NULL,
	"note" text,
	"author_id" integer,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Hand-written: sources without a kind, and the retired kind "secondary", become "other" before NOT NULL.
UPDATE "update_sources" SET "kind" = 'other' WHERE "kind" IS NULL OR "kind" NOT IN ('official', 'news', 'analysis', 'other');--> statement-breakpoint
ALTER TABLE "update_sources" ALTER COLUMN "kind" SET DEFAULT 'other';--> statement-breakpoint
ALTER TABLE "update_sources" ALTER COLUMN "kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "place_ko" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "summary_ko" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "text_ko" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "deadline_note_ko" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "deadline_met_on" date;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "date_precision" text DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "actors" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "standing" text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "dispute_note" text;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "dispute_note_ko" text;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "meets_deadline" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "development_id" integer;--> statement-breakpoint
ALTER TABLE "update_sources" ADD COLUMN "contests" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "developments" ADD CONSTRAINT "developments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reviews" ADD CONSTRAINT "commitment_reviews_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reviews" ADD CONSTRAINT "commitment_reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_reviews_commitment_idx" ON "commitment_reviews" USING btree ("commitment_id","reviewed_on");--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_development_id_developments_id_fk" FOREIGN KEY ("development_id") REFERENCES "public"."developments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "status_updates_development_idx" ON "status_updates" USING btree ("development_id");--> statement-breakpoint
-- Hand-written: the party registry starts with the parties of the 2018 agreements and those acting around them.
INSERT INTO "parties" ("code", "name", "name_ko", "kind", "position") VALUES
  ('ROK', 'South Korea', '남측(한국)', 'signatory', 0),
  ('DPRK', 'North Korea', '북측(북한)', 'signatory', 1),
  ('US', 'United States', '미국', 'signatory', 2),
  ('UNC', 'United Nations Command', '유엔군사령부', 'third_party', 3),
  ('UNSC', 'UN Security Council', '유엔 안전보장이사회', 'third_party', 4),
  ('IOC', 'International Olympic Committee', '국제올림픽위원회', 'third_party', 5),
  ('IAEA', 'International Atomic Energy Agency', '국제원자력기구', 'third_party', 6),
  ('CN', 'China', '중국', 'third_party', 7)
ON CONFLICT ("code") DO NOTHING;