import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdeaSearch1796255562758 implements MigrationInterface {
  name = 'IdeaSearch1796255562758';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ideas" ADD "search_vector" tsvector`);
    // Hand-written: full-text and trigram indexes for finding similar ideas while people type.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "ideas_search_idx" ON "ideas" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "ideas_title_trgm_idx" ON "ideas" USING GIN ("title" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ideas_title_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_search_idx"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "search_vector"`);
  }
}
