import { MigrationInterface, QueryRunner } from 'typeorm';

export class VoteTallies1796476509701 implements MigrationInterface {
  name = 'VoteTallies1796476509701';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idea_tallies" ("idea_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "votes" integer NOT NULL, "ups" integer NOT NULL, "downs" integer NOT NULL, "value_sum" integer NOT NULL, "value_squares" double precision NOT NULL, "score" double precision NOT NULL, "score_lower" double precision NOT NULL, "score_upper" double precision NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d2fd8a4e86629b32a66088d7547" PRIMARY KEY ("idea_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_tallies_challenge_idx" ON "idea_tallies"  ("challenge_id") `);
    await queryRunner.query(`ALTER TABLE "ideas" ADD "vote_score" double precision NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "ideas" ADD "vote_trending" double precision NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" ADD "blind" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" ADD "support_threshold" integer`);
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_trending_idx" ON "ideas"  ("challenge_id", "vote_trending", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ideas_challenge_top_idx" ON "ideas"  ("challenge_id", "vote_score", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" ADD CONSTRAINT "challenge_voting_rules_threshold_check" CHECK (support_threshold IS NULL OR support_threshold > 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_tallies" ADD CONSTRAINT "FK_d2fd8a4e86629b32a66088d7547" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_tallies" ADD CONSTRAINT "FK_e5925a6f04964a25d834994e8cf" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_tallies" DROP CONSTRAINT "FK_e5925a6f04964a25d834994e8cf"`);
    await queryRunner.query(`ALTER TABLE "idea_tallies" DROP CONSTRAINT "FK_d2fd8a4e86629b32a66088d7547"`);
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" DROP CONSTRAINT "challenge_voting_rules_threshold_check"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_top_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_challenge_trending_idx"`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP COLUMN "support_threshold"`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP COLUMN "blind"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "vote_trending"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "vote_score"`);
    await queryRunner.query(`DROP INDEX "public"."idea_tallies_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "idea_tallies"`);
  }
}
