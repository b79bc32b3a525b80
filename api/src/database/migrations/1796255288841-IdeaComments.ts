import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdeaComments1796255288841 implements MigrationInterface {
  name = 'IdeaComments1796255288841';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idea_followers" ("idea_id" uuid NOT NULL, "user_id" uuid NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6bf3033bca8c03711ca56e4d3ec" PRIMARY KEY ("idea_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_followers_user_idx" ON "idea_followers"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "idea_comments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "idea_id" uuid NOT NULL, "parent_id" uuid, "depth" smallint NOT NULL DEFAULT '0', "author_id" uuid, "body" text NOT NULL, "by_staff" boolean NOT NULL DEFAULT false, "official_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "idea_comments_parent_check" CHECK ((depth = 0) = (parent_id IS NULL)), CONSTRAINT "idea_comments_depth_check" CHECK (depth BETWEEN 0 AND 2), CONSTRAINT "PK_bb6fb9903083d17339dec306d86" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_comments_idea_idx" ON "idea_comments"  ("idea_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "idea_comment_helpful_marks" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_d200a12aa441f34f3c140ebd801" PRIMARY KEY ("comment_id", "user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "ideas" ADD "first_official_response_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "idea_followers" ADD CONSTRAINT "FK_7e016442a750bd235ebd0ba2799" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_followers" ADD CONSTRAINT "FK_cb945a91dc38196caff1251d234" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comments" ADD CONSTRAINT "FK_82d70a0faa259a200c7d574c4ee" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comments" ADD CONSTRAINT "FK_78b47c5ffb74ab59eb227ef96e4" FOREIGN KEY ("parent_id") REFERENCES "idea_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comments" ADD CONSTRAINT "FK_413cff962d7c1f60ab29e43b47c" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comment_helpful_marks" ADD CONSTRAINT "FK_dcfe5c8385e409c8148a626f23a" FOREIGN KEY ("comment_id") REFERENCES "idea_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comment_helpful_marks" ADD CONSTRAINT "FK_bd0878b3f733d7a8c30c373ab12" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "idea_comment_helpful_marks" DROP CONSTRAINT "FK_bd0878b3f733d7a8c30c373ab12"`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comment_helpful_marks" DROP CONSTRAINT "FK_dcfe5c8385e409c8148a626f23a"`,
    );
    await queryRunner.query(`ALTER TABLE "idea_comments" DROP CONSTRAINT "FK_413cff962d7c1f60ab29e43b47c"`);
    await queryRunner.query(`ALTER TABLE "idea_comments" DROP CONSTRAINT "FK_78b47c5ffb74ab59eb227ef96e4"`);
    await queryRunner.query(`ALTER TABLE "idea_comments" DROP CONSTRAINT "FK_82d70a0faa259a200c7d574c4ee"`);
    await queryRunner.query(`ALTER TABLE "idea_followers" DROP CONSTRAINT "FK_cb945a91dc38196caff1251d234"`);
    await queryRunner.query(`ALTER TABLE "idea_followers" DROP CONSTRAINT "FK_7e016442a750bd235ebd0ba2799"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "first_official_response_at"`);
    await queryRunner.query(`DROP TABLE "idea_comment_helpful_marks"`);
    await queryRunner.query(`DROP INDEX "public"."idea_comments_idea_idx"`);
    await queryRunner.query(`DROP TABLE "idea_comments"`);
    await queryRunner.query(`DROP INDEX "public"."idea_followers_user_idx"`);
    await queryRunner.query(`DROP TABLE "idea_followers"`);
  }
}
