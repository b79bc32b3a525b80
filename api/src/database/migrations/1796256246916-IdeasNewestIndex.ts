import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdeasNewestIndex1796256246916 implements MigrationInterface {
  name = 'IdeasNewestIndex1796256246916';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_newest_idx" ON "ideas"  ("challenge_id", "created_at", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_newest_idx"`);
  }
}
