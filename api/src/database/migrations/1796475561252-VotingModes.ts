import { MigrationInterface, QueryRunner } from 'typeorm';

export class VotingModes1796475561252 implements MigrationInterface {
  name = 'VotingModes1796475561252';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_votes" ADD "value" smallint NOT NULL DEFAULT '1'`);
    // Votes cast before this change were last changed when they were cast.
    await queryRunner.query(
      `ALTER TABLE "idea_votes" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`UPDATE "idea_votes" SET "updated_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" ALTER COLUMN "updated_at" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" ADD "mode" text NOT NULL DEFAULT 'support'`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" ADD "token_budget" integer`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" ADD "tokens_per_idea" integer`);
    await queryRunner.query(
      `ALTER TABLE "idea_votes" ADD CONSTRAINT "idea_votes_value_check" CHECK (value BETWEEN -1 AND 1000 AND value <> 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" ADD CONSTRAINT "challenge_voting_rules_tokens_check" CHECK ((mode = 'tokens') = (token_budget IS NOT NULL AND tokens_per_idea IS NOT NULL) AND (mode <> 'tokens' OR (vote_limit IS NULL AND tokens_per_idea BETWEEN 1 AND token_budget)))`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" ADD CONSTRAINT "challenge_voting_rules_mode_check" CHECK (mode IN ('support', 'up_down', 'stars', 'tokens'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP CONSTRAINT "challenge_voting_rules_mode_check"`);
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" DROP CONSTRAINT "challenge_voting_rules_tokens_check"`,
    );
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP CONSTRAINT "idea_votes_value_check"`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP COLUMN "tokens_per_idea"`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP COLUMN "token_budget"`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP COLUMN "mode"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "idea_votes" DROP COLUMN "value"`);
  }
}
