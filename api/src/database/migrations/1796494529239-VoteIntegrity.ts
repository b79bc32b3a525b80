import { MigrationInterface, QueryRunner } from 'typeorm';

export class VoteIntegrity1796494529239 implements MigrationInterface {
  name = 'VoteIntegrity1796494529239';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "vote_ledger_keys" ("challenge_id" uuid NOT NULL, "key" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "vote_ledger_keys_key_check" CHECK (octet_length(key) = 32), CONSTRAINT "PK_15929a4f5fe11420d491fea3fcb" PRIMARY KEY ("challenge_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "idea_votes" ADD "origin" bytea`);
    await queryRunner.query(
      `ALTER TABLE "idea_votes" ADD CONSTRAINT "idea_votes_origin_check" CHECK (octet_length(origin) = 16)`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_ledger_keys" ADD CONSTRAINT "FK_15929a4f5fe11420d491fea3fcb" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vote_ledger_keys" DROP CONSTRAINT "FK_15929a4f5fe11420d491fea3fcb"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP CONSTRAINT "idea_votes_origin_check"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP COLUMN "origin"`);
    await queryRunner.query(`DROP TABLE "vote_ledger_keys"`);
  }
}
