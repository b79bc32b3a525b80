import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdeaListOrders1796286505327 implements MigrationInterface {
  name = 'IdeaListOrders1796286505327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_title_trgm_idx"`);
    await queryRunner.query(`ALTER TABLE "ideas" ADD "comment_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_discussed_idx" ON "ideas"  ("challenge_id", "comment_count", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_status_newest_idx" ON "ideas"  ("challenge_id", "status", "created_at", "id") `,
    );
    // Hand-written: the counter starts from the comments there are.
    await queryRunner.query(
      `UPDATE "ideas" i SET "comment_count" = c.n FROM (
         SELECT idea_id, count(*) AS n FROM "idea_comments" WHERE deleted_at IS NULL GROUP BY idea_id) c
       WHERE c.idea_id = i.id`,
    );
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "ideas_comment_count_check" CHECK (comment_count >= 0)`,
    );
    // Hand-written: tag filter, and nearest titles of one challenge by trigram distance (GiST, for a bounded top-N).
    await queryRunner.query(`CREATE INDEX "ideas_tags_idx" ON "ideas" USING GIN ("tags")`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_title_trgm_idx" ON "ideas" USING GIST ("challenge_id", "title" gist_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_title_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_tags_idx"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "ideas_comment_count_check"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_status_newest_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_discussed_idx"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "comment_count"`);
    await queryRunner.query(`CREATE INDEX "ideas_title_trgm_idx" ON "ideas" USING GIN ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ideas_challenge_idx" ON "ideas" USING btree ("challenge_id", "status") `);
  }
}
