import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1796514392091 implements MigrationInterface {
  name = 'Moderation1796514392091';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation_suspensions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lifted_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "organisation_suspensions_reason_check" CHECK (length(reason) BETWEEN 1 AND 500), CONSTRAINT "organisation_suspensions_period_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_aed82c68ff84d3d85c99d65afa5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_suspensions_organisation_idx" ON "organisation_suspensions"  ("organisation_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_suspensions_person_idx" ON "organisation_suspensions"  ("user_id", "organisation_id", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_flags" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(10) NOT NULL, "object_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "comment_id" uuid, "challenge_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "flagged_by_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "resolution" character varying(10), CONSTRAINT "moderation_flags_reason_check" CHECK (length(reason) BETWEEN 1 AND 500), CONSTRAINT "moderation_flags_resolution_check" CHECK ((resolved_at IS NULL) = (resolution IS NULL) AND (resolution IS NULL OR resolution IN ('hidden', 'dismissed'))), CONSTRAINT "moderation_flags_object_check" CHECK (object_id = coalesce(comment_id, idea_id)), CONSTRAINT "moderation_flags_kind_check" CHECK (kind IN ('idea', 'comment') AND (kind = 'comment') = (comment_id IS NOT NULL)), CONSTRAINT "PK_3a2526965fcb02922d92e3625ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_flags_challenge_idx" ON "moderation_flags"  ("challenge_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_flags_queue_idx" ON "moderation_flags"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "moderation_flags_open_unique" ON "moderation_flags"  ("object_id", "flagged_by_id") WHERE resolved_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "community_guidelines" ("organisation_id" uuid NOT NULL, "markdown" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by_id" uuid, CONSTRAINT "PK_ca8ae9f26fa424b915fbead2002" PRIMARY KEY ("organisation_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "ideas" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "ideas" ADD "hidden_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "ideas" ADD "comments_locked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "idea_comments" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "idea_comments" ADD "hidden_reason" character varying(500)`);
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "ideas_hidden_check" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_hidden_check" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_suspensions" ADD CONSTRAINT "FK_e0e39c165b441553148c5e85e6d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_suspensions" ADD CONSTRAINT "FK_3fdd30d79685629f29f9868a3d4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_suspensions" ADD CONSTRAINT "FK_6168e13fb1b40f5be9641f922b6" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_flags" ADD CONSTRAINT "FK_a4bcb937871e8a43170a4272298" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_flags" ADD CONSTRAINT "FK_9bd91b2ca152aead7cb5b0521ef" FOREIGN KEY ("comment_id") REFERENCES "idea_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_flags" ADD CONSTRAINT "FK_40e0fae1418430cd8fb70648c34" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_flags" ADD CONSTRAINT "FK_931a5eba536e3b556bc1d4c3c58" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_flags" ADD CONSTRAINT "FK_51911e2ca856b4a1c1d23601df0" FOREIGN KEY ("flagged_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_flags" ADD CONSTRAINT "FK_da468843a1e00bf85d8e69efbfd" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_guidelines" ADD CONSTRAINT "FK_ca8ae9f26fa424b915fbead2002" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_guidelines" ADD CONSTRAINT "FK_15528e2253e568d667f98b63d18" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "community_guidelines" DROP CONSTRAINT "FK_15528e2253e568d667f98b63d18"`);
    await queryRunner.query(`ALTER TABLE "community_guidelines" DROP CONSTRAINT "FK_ca8ae9f26fa424b915fbead2002"`);
    await queryRunner.query(`ALTER TABLE "moderation_flags" DROP CONSTRAINT "FK_da468843a1e00bf85d8e69efbfd"`);
    await queryRunner.query(`ALTER TABLE "moderation_flags" DROP CONSTRAINT "FK_51911e2ca856b4a1c1d23601df0"`);
    await queryRunner.query(`ALTER TABLE "moderation_flags" DROP CONSTRAINT "FK_931a5eba536e3b556bc1d4c3c58"`);
    await queryRunner.query(`ALTER TABLE "moderation_flags" DROP CONSTRAINT "FK_40e0fae1418430cd8fb70648c34"`);
    await queryRunner.query(`ALTER TABLE "moderation_flags" DROP CONSTRAINT "FK_9bd91b2ca152aead7cb5b0521ef"`);
    await queryRunner.query(`ALTER TABLE "moderation_flags" DROP CONSTRAINT "FK_a4bcb937871e8a43170a4272298"`);
    await queryRunner.query(`ALTER TABLE "organisation_suspensions" DROP CONSTRAINT "FK_6168e13fb1b40f5be9641f922b6"`);
    await queryRunner.query(`ALTER TABLE "organisation_suspensions" DROP CONSTRAINT "FK_3fdd30d79685629f29f9868a3d4"`);
    await queryRunner.query(`ALTER TABLE "organisation_suspensions" DROP CONSTRAINT "FK_e0e39c165b441553148c5e85e6d"`);
    await queryRunner.query(`ALTER TABLE "idea_comments" DROP CONSTRAINT "idea_comments_hidden_check"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "ideas_hidden_check"`);
    await queryRunner.query(`ALTER TABLE "idea_comments" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "idea_comments" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "comments_locked_at"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`DROP TABLE "community_guidelines"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_flags_open_unique"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_flags_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_flags_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "moderation_flags"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_suspensions_person_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_suspensions_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "organisation_suspensions"`);
  }
}
