import { MigrationInterface, QueryRunner } from 'typeorm';

export class Challenges1796241648736 implements MigrationInterface {
  name = 'Challenges1796241648736';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "phase_windows" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "challenge_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "phase_windows_order_check" CHECK (closes_at IS NULL OR closes_at > opens_at), CONSTRAINT "phase_windows_kind_check" CHECK (kind IN ('submission', 'voting', 'review')), CONSTRAINT "PK_96b14bca81fe7c9cbecbc0c049a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "phase_windows_unique" ON "phase_windows"  ("challenge_id", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "challenges" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organisation_id" uuid NOT NULL, "state" character varying(12) NOT NULL DEFAULT 'draft', "title" character varying(160) NOT NULL, "tagline" character varying(300) NOT NULL DEFAULT '', "language" character varying(2) NOT NULL DEFAULT 'en', "cover_image_url" character varying(500), "brief" jsonb NOT NULL, "objective_target" character varying(300) NOT NULL DEFAULT '', "criteria" jsonb NOT NULL DEFAULT '[]', "licence_kind" character varying(20) NOT NULL DEFAULT 'cc_by_4', "licence_text" text NOT NULL DEFAULT '', "licence_version" integer NOT NULL DEFAULT '1', "sponsor" jsonb, "contacts" jsonb NOT NULL DEFAULT '[]', "themes" text array NOT NULL DEFAULT '{}', "on_behalf_of" jsonb, "audience" character varying(12) NOT NULL DEFAULT 'public', "unlisted_token" character varying(64), "invited_emails" text array NOT NULL DEFAULT '{}', "invited_domains" text array NOT NULL DEFAULT '{}', "idea_visibility" character varying(12) NOT NULL DEFAULT 'audience', "allow_anonymous" boolean NOT NULL DEFAULT false, "eligibility" jsonb NOT NULL DEFAULT '[]', "idea_form" jsonb NOT NULL DEFAULT '[]', "revision" integer NOT NULL DEFAULT '0', "search_vector" tsvector, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "close_thank_you" text, "close_outcome" text, CONSTRAINT "UQ_eb574d42980055cd81a316f0ffd" UNIQUE ("unlisted_token"), CONSTRAINT "challenges_unlisted_token_check" CHECK (audience <> 'unlisted' OR unlisted_token IS NOT NULL), CONSTRAINT "challenges_criteria_check" CHECK (jsonb_typeof(criteria) = 'array'), CONSTRAINT "challenges_licence_kind_check" CHECK (licence_kind IN ('cc_by_4', 'cc_by_sa_4', 'assignment', 'custom')), CONSTRAINT "challenges_language_check" CHECK (language IN ('en', 'nl')), CONSTRAINT "challenges_idea_visibility_check" CHECK (idea_visibility IN ('audience', 'organisers')), CONSTRAINT "challenges_audience_check" CHECK (audience IN ('public', 'unlisted', 'internal', 'invite_only')), CONSTRAINT "challenges_state_check" CHECK (state IN ('draft', 'published', 'closed')), CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenges_organisation_idx" ON "challenges"  ("organisation_id") `);
    // Written by hand: TypeORM cannot declare GIN indexes (the entity marks it synchronize: false).
    await queryRunner.query(`CREATE INDEX "challenges_search_idx" ON "challenges" USING GIN ("search_vector")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_revisions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "challenge_id" uuid NOT NULL, "number" integer NOT NULL, "summary" character varying(500) NOT NULL, "snapshot" jsonb NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ad260501f39f7eb8151d1f488e3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenge_revisions_unique" ON "challenge_revisions"  ("challenge_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "licence_consents" ("challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "licence_version" integer NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f2aad7df20ec405722c83b85c05" PRIMARY KEY ("challenge_id", "user_id", "licence_version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_participants" ("challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_931e5567a4dc157301e2912db45" PRIMARY KEY ("challenge_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_participants_user_idx" ON "challenge_participants"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "challenge_followers" ("challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "followed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4ec9f2e7666b74e03a1f22c3ecd" PRIMARY KEY ("challenge_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_followers_user_idx" ON "challenge_followers"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "challenge_amendments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "challenge_id" uuid NOT NULL, "author_id" uuid, "section" character varying(20) NOT NULL, "paragraph" integer NOT NULL, "original" text NOT NULL, "proposed" text NOT NULL, "rationale" character varying(2000) NOT NULL, "state" character varying(12) NOT NULL DEFAULT 'open', "response" character varying(2000), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "revision" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "challenge_amendments_section_check" CHECK (section IN ('problem', 'background', 'objectives', 'constraints', 'rewards')), CONSTRAINT "challenge_amendments_state_check" CHECK (state IN ('open', 'accepted', 'declined')), CONSTRAINT "PK_127003d4aaeafbfbb4b06f0ec49" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_amendments_challenge_idx" ON "challenge_amendments"  ("challenge_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_announcements" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "challenge_id" uuid NOT NULL, "author_id" uuid, "title" character varying(200) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_53c406b333b3bcb8928f0193e05" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_announcements_challenge_idx" ON "challenge_announcements"  ("challenge_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_questions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "challenge_id" uuid NOT NULL, "author_id" uuid, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answer" text, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_740d1df079245cd347ae119fb9d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_questions_challenge_idx" ON "challenge_questions"  ("challenge_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "phase_windows" ADD CONSTRAINT "FK_481fbbffde53e3e5e778b7acc53" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_0e4be0aa6a0913c2739e23698ab" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_a94abe45e0cf677ccb9222219a9" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_revisions" ADD CONSTRAINT "FK_40fabddd361b5315d1be81114d1" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_revisions" ADD CONSTRAINT "FK_79c4a2295d0d9a21b088d3c03bb" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "licence_consents" ADD CONSTRAINT "FK_6390965586e1cc176d44c47f9d3" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "licence_consents" ADD CONSTRAINT "FK_271ec290509962e0f954441583e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_participants" ADD CONSTRAINT "FK_a4b4a1ca9ccc6f110d0e1037056" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_participants" ADD CONSTRAINT "FK_b98686bb3cea5782ee99733cfbc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_followers" ADD CONSTRAINT "FK_6c7f3e553a132bed9e3fbdecd9e" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_followers" ADD CONSTRAINT "FK_63b20a79b818e2b96fb2b26d752" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_amendments" ADD CONSTRAINT "FK_f7f91e41e8c5ef8fe60c09bede5" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_amendments" ADD CONSTRAINT "FK_305970a9e8df327f1b0804dd7d8" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_announcements" ADD CONSTRAINT "FK_b7501b6526fe7101edd8d2d12aa" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_announcements" ADD CONSTRAINT "FK_f5577f5aa1e3973aa375b5a0fca" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_questions" ADD CONSTRAINT "FK_e5ca9757062ff1d0d01d885d660" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_questions" ADD CONSTRAINT "FK_e1fba7de65c1e663d276779f18a" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_questions" ADD CONSTRAINT "FK_c92c465474966ca9ea0e7f5136b" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenge_questions" DROP CONSTRAINT "FK_c92c465474966ca9ea0e7f5136b"`);
    await queryRunner.query(`ALTER TABLE "challenge_questions" DROP CONSTRAINT "FK_e1fba7de65c1e663d276779f18a"`);
    await queryRunner.query(`ALTER TABLE "challenge_questions" DROP CONSTRAINT "FK_e5ca9757062ff1d0d01d885d660"`);
    await queryRunner.query(`ALTER TABLE "challenge_announcements" DROP CONSTRAINT "FK_f5577f5aa1e3973aa375b5a0fca"`);
    await queryRunner.query(`ALTER TABLE "challenge_announcements" DROP CONSTRAINT "FK_b7501b6526fe7101edd8d2d12aa"`);
    await queryRunner.query(`ALTER TABLE "challenge_amendments" DROP CONSTRAINT "FK_305970a9e8df327f1b0804dd7d8"`);
    await queryRunner.query(`ALTER TABLE "challenge_amendments" DROP CONSTRAINT "FK_f7f91e41e8c5ef8fe60c09bede5"`);
    await queryRunner.query(`ALTER TABLE "challenge_followers" DROP CONSTRAINT "FK_63b20a79b818e2b96fb2b26d752"`);
    await queryRunner.query(`ALTER TABLE "challenge_followers" DROP CONSTRAINT "FK_6c7f3e553a132bed9e3fbdecd9e"`);
    await queryRunner.query(`ALTER TABLE "challenge_participants" DROP CONSTRAINT "FK_b98686bb3cea5782ee99733cfbc"`);
    await queryRunner.query(`ALTER TABLE "challenge_participants" DROP CONSTRAINT "FK_a4b4a1ca9ccc6f110d0e1037056"`);
    await queryRunner.query(`ALTER TABLE "licence_consents" DROP CONSTRAINT "FK_271ec290509962e0f954441583e"`);
    await queryRunner.query(`ALTER TABLE "licence_consents" DROP CONSTRAINT "FK_6390965586e1cc176d44c47f9d3"`);
    await queryRunner.query(`ALTER TABLE "challenge_revisions" DROP CONSTRAINT "FK_79c4a2295d0d9a21b088d3c03bb"`);
    await queryRunner.query(`ALTER TABLE "challenge_revisions" DROP CONSTRAINT "FK_40fabddd361b5315d1be81114d1"`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP CONSTRAINT "FK_a94abe45e0cf677ccb9222219a9"`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP CONSTRAINT "FK_0e4be0aa6a0913c2739e23698ab"`);
    await queryRunner.query(`ALTER TABLE "phase_windows" DROP CONSTRAINT "FK_481fbbffde53e3e5e778b7acc53"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_questions_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_questions"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_announcements_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_announcements"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_amendments_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_amendments"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_followers_user_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_followers"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_participants_user_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_participants"`);
    await queryRunner.query(`DROP TABLE "licence_consents"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_revisions_unique"`);
    await queryRunner.query(`DROP TABLE "challenge_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."challenges_search_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenges_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "challenges"`);
    await queryRunner.query(`DROP INDEX "public"."phase_windows_unique"`);
    await queryRunner.query(`DROP TABLE "phase_windows"`);
  }
}
