import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportVotes1796414319890 implements MigrationInterface {
  name = 'SupportVotes1796414319890';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idea_votes" ("idea_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3daddc380c5e4c9522d63d6d820" PRIMARY KEY ("idea_id", "voter_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_votes_voter_idx" ON "idea_votes"  ("voter_id") `);
    await queryRunner.query(
      `CREATE INDEX "idea_votes_challenge_voter_idx" ON "idea_votes"  ("challenge_id", "voter_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_voting_rules" ("challenge_id" uuid NOT NULL, "vote_limit" integer, "authors_may_vote" boolean NOT NULL DEFAULT false, CONSTRAINT "challenge_voting_rules_limit_check" CHECK (vote_limit IS NULL OR vote_limit > 0), CONSTRAINT "PK_5c12229e9f8a71f39b1c7f07532" PRIMARY KEY ("challenge_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_votes" ADD CONSTRAINT "FK_e9c8d02c9cd70fbf60ee11192ab" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_votes" ADD CONSTRAINT "FK_9ab05588daffdf8c24d5b1e19ce" FOREIGN KEY ("voter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_votes" ADD CONSTRAINT "FK_47d08b7aa5ff0dbb626034faf84" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" ADD CONSTRAINT "FK_5c12229e9f8a71f39b1c7f07532" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP CONSTRAINT "FK_5c12229e9f8a71f39b1c7f07532"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP CONSTRAINT "FK_47d08b7aa5ff0dbb626034faf84"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP CONSTRAINT "FK_9ab05588daffdf8c24d5b1e19ce"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP CONSTRAINT "FK_e9c8d02c9cd70fbf60ee11192ab"`);
    await queryRunner.query(`DROP TABLE "challenge_voting_rules"`);
    await queryRunner.query(`DROP INDEX "public"."idea_votes_challenge_voter_idx"`);
    await queryRunner.query(`DROP INDEX "public"."idea_votes_voter_idx"`);
    await queryRunner.query(`DROP TABLE "idea_votes"`);
  }
}
