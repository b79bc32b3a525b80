import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdeaTitleTrigramSignature1796410112772 implements MigrationInterface {
  name = 'IdeaTitleTrigramSignature1796410112772';

  // Hand-written: with the default 12-byte signatures, titles that share words blur together and the
  // nearest-titles search reads most of the index; 64 bytes keep it to a few pages.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_title_trgm_idx"`);
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_title_trgm_idx" ON "ideas" USING GIST ("challenge_id", "title" gist_trgm_ops(siglen=64))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_title_trgm_idx"`);
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_title_trgm_idx" ON "ideas" USING GIST ("challenge_id", "title" gist_trgm_ops)`,
    );
  }
}
