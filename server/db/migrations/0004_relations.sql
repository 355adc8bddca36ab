CREATE TABLE "agreement_relations" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" integer NOT NULL,
	"type" text NOT NULL,
	"related_agreement_id" integer NOT NULL,
	"note" text,
	"note_ko" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_relations_not_self" CHECK ("agreement_relations"."agreement_id" <> "agreement_relations"."related_agreement_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_relations" (
	"id" serial PRIMARY KEY NOT NULL,
	"commitment_id" integer NOT NULL,
	"kind" text NOT NULL,
	"related_commitment_id" integer NOT NULL,
	"note" text,
	"note_ko" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitment_relations_not_self" CHECK ("commitment_relations"."commitment_id" <> "commitment_relations"."related_commitment_id")
);
--> statement-breakpoint
ALTER TABLE "agreement_relations" ADD CONSTRAINT "agreement_relations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_relations" ADD CONSTRAINT "agreement_relations_related_agreement_id_agreements_id_fk" FOREIGN KEY ("related_agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_relations" ADD CONSTRAINT "commitment_relations_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_relations" ADD CONSTRAINT "commitment_relations_related_commitment_id_commitments_id_fk" FOREIGN KEY ("related_commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_relations_pair_idx" ON "agreement_relations" USING btree ("agreement_id","related_agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_relations_related_idx" ON "agreement_relations" USING btree ("related_agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_relations_pair_idx" ON "commitment_relations" USING btree ("commitment_id","related_commitment_id");--> statement-breakpoint
CREATE INDEX "commitment_relations_related_idx" ON "commitment_relations" USING btree ("related_commitment_id");