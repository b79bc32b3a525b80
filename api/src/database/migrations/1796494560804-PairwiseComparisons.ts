import { MigrationInterface, QueryRunner } from 'typeorm';

export class PairwiseComparisons1796494560804 implements MigrationInterface {
  name = 'PairwiseComparisons1796494560804';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP CONSTRAINT "challenge_voting_rules_mode_check"`);
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" ADD CONSTRAINT "challenge_voting_rules_mode_check" CHECK (mode IN ('support', 'up_down', 'stars', 'tokens', 'pairwise'))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idea_comparisons" ("id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "left_idea_id" uuid NOT NULL, "right_idea_id" uuid NOT NULL, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "idea_comparisons_answered_check" CHECK ((outcome IS NULL) = (answered_at IS NULL)), CONSTRAINT "idea_comparisons_outcome_check" CHECK (outcome IN ('left', 'right', 'cant_decide')), CONSTRAINT "idea_comparisons_distinct_check" CHECK (left_idea_id <> right_idea_id), CONSTRAINT "PK_0e3f7a1fcc9c811a96ab1bcd02f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_comparisons_right_idx" ON "idea_comparisons"  ("right_idea_id") `);
    await queryRunner.query(`CREATE INDEX "idea_comparisons_left_idx" ON "idea_comparisons"  ("left_idea_id") `);
    await queryRunner.query(
      `CREATE INDEX "idea_comparisons_answered_idx" ON "idea_comparisons"  ("challenge_id") WHERE outcome IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "idea_comparisons_voter_idx" ON "idea_comparisons"  ("voter_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idea_comparisons_open_idx" ON "idea_comparisons"  ("challenge_id", "voter_id") WHERE outcome IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comparisons" ADD CONSTRAINT "FK_ac8118c5ca221e7104b1e77d864" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comparisons" ADD CONSTRAINT "FK_7903a88f95cde0922e4eea6f34d" FOREIGN KEY ("voter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comparisons" ADD CONSTRAINT "FK_ba7feb220d9b2d431d8e8c118eb" FOREIGN KEY ("left_idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_comparisons" ADD CONSTRAINT "FK_9d24f78a4de303f5e523af88a75" FOREIGN KEY ("right_idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_comparisons" DROP CONSTRAINT "FK_9d24f78a4de303f5e523af88a75"`);
    await queryRunner.query(`ALTER TABLE "idea_comparisons" DROP CONSTRAINT "FK_ba7feb220d9b2d431d8e8c118eb"`);
    await queryRunner.query(`ALTER TABLE "idea_comparisons" DROP CONSTRAINT "FK_7903a88f95cde0922e4eea6f34d"`);
    await queryRunner.query(`ALTER TABLE "idea_comparisons" DROP CONSTRAINT "FK_ac8118c5ca221e7104b1e77d864"`);
    await queryRunner.query(`DROP INDEX "public"."idea_comparisons_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."idea_comparisons_voter_idx"`);
    await queryRunner.query(`DROP INDEX "public"."idea_comparisons_answered_idx"`);
    await queryRunner.query(`DROP INDEX "public"."idea_comparisons_left_idx"`);
    await queryRunner.query(`DROP INDEX "public"."idea_comparisons_right_idx"`);
    await queryRunner.query(`DROP TABLE "idea_comparisons"`);
    await queryRunner.query(`DELETE FROM "challenge_voting_rules" WHERE mode = 'pairwise'`);
    await queryRunner.query(`ALTER TABLE "challenge_voting_rules" DROP CONSTRAINT "challenge_voting_rules_mode_check"`);
    await queryRunner.query(
      `ALTER TABLE "challenge_voting_rules" ADD CONSTRAINT "challenge_voting_rules_mode_check" CHECK (mode IN ('support', 'up_down', 'stars', 'tokens'))`,
    );
  }
}
