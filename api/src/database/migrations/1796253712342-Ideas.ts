import { MigrationInterface, QueryRunner } from 'typeorm';

export class Ideas1796253712342 implements MigrationInterface {
  name = 'Ideas1796253712342';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ideas" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "challenge_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "title" character varying(160) NOT NULL, "pitch" character varying(500) NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "fields" jsonb NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "anonymous" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ideas_fields_check" CHECK (jsonb_typeof(fields) = 'object'), CONSTRAINT "ideas_submitted_check" CHECK (status = 'draft' OR submitted_at IS NOT NULL), CONSTRAINT "ideas_status_check" CHECK (status IN ('draft', 'submitted', 'under_review', 'shortlisted', 'parked', 'selected', 'in_implementation', 'implemented', 'declined', 'merged', 'withdrawn')), CONSTRAINT "PK_6ab43f1e9b1cef0d8f3e56ce3a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ideas_created_by_idx" ON "ideas"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "ideas_challenge_idx" ON "ideas"  ("challenge_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "idea_co_author_invitations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "idea_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "invited_by_id" uuid, "state" character varying(10) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "idea_co_author_invitations_state_check" CHECK (state IN ('pending', 'accepted', 'declined')), CONSTRAINT "PK_8b6b1777f1a82780c7403d65228" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idea_co_author_invitations_email_idx" ON "idea_co_author_invitations"  ("email") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idea_co_author_invitations_unique" ON "idea_co_author_invitations"  ("idea_id", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idea_authors" ("idea_id" uuid NOT NULL, "user_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6d83a1d9d96e4e17759bf24d5ad" PRIMARY KEY ("idea_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_authors_user_idx" ON "idea_authors"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "idea_status_changes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "idea_id" uuid NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "message" character varying(2000) NOT NULL DEFAULT '', "by_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_89682a6ee3cf034dcebf3ce9917" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_status_changes_idea_idx" ON "idea_status_changes"  ("idea_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "idea_versions" ("idea_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "edited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b62fc9fe5a67efdbb19f6eccb35" PRIMARY KEY ("idea_id", "version"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_00ba8d0b70eeb5e0708c101d479" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_b23018b6f16d588b755c0c28be0" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_co_author_invitations" ADD CONSTRAINT "FK_0e94761e31a9c06a738b676c5d3" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_co_author_invitations" ADD CONSTRAINT "FK_71247974b0beb577bd6f99584e1" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_authors" ADD CONSTRAINT "FK_5f8a34f050a57d71c57d2326b18" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_authors" ADD CONSTRAINT "FK_e32295a79faa14f87b70848f7da" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_status_changes" ADD CONSTRAINT "FK_8cc8ca893dab0d474518b26c00f" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_status_changes" ADD CONSTRAINT "FK_2f0d5c0b78608ae4bba63d2c44d" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_versions" ADD CONSTRAINT "FK_2540f24d5b91974c0373c555dd6" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_versions" ADD CONSTRAINT "FK_fce439be2b4c089998f3d93f1b6" FOREIGN KEY ("edited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_versions" DROP CONSTRAINT "FK_fce439be2b4c089998f3d93f1b6"`);
    await queryRunner.query(`ALTER TABLE "idea_versions" DROP CONSTRAINT "FK_2540f24d5b91974c0373c555dd6"`);
    await queryRunner.query(`ALTER TABLE "idea_status_changes" DROP CONSTRAINT "FK_2f0d5c0b78608ae4bba63d2c44d"`);
    await queryRunner.query(`ALTER TABLE "idea_status_changes" DROP CONSTRAINT "FK_8cc8ca893dab0d474518b26c00f"`);
    await queryRunner.query(`ALTER TABLE "idea_authors" DROP CONSTRAINT "FK_e32295a79faa14f87b70848f7da"`);
    await queryRunner.query(`ALTER TABLE "idea_authors" DROP CONSTRAINT "FK_5f8a34f050a57d71c57d2326b18"`);
    await queryRunner.query(
      `ALTER TABLE "idea_co_author_invitations" DROP CONSTRAINT "FK_71247974b0beb577bd6f99584e1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_co_author_invitations" DROP CONSTRAINT "FK_0e94761e31a9c06a738b676c5d3"`,
    );
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_b23018b6f16d588b755c0c28be0"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_00ba8d0b70eeb5e0708c101d479"`);
    await queryRunner.query(`DROP TABLE "idea_versions"`);
    await queryRunner.query(`DROP INDEX "public"."idea_status_changes_idea_idx"`);
    await queryRunner.query(`DROP TABLE "idea_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."idea_authors_user_idx"`);
    await queryRunner.query(`DROP TABLE "idea_authors"`);
    await queryRunner.query(`DROP INDEX "public"."idea_co_author_invitations_unique"`);
    await queryRunner.query(`DROP INDEX "public"."idea_co_author_invitations_email_idx"`);
    await queryRunner.query(`DROP TABLE "idea_co_author_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "ideas"`);
  }
}
