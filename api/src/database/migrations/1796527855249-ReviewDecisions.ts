import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewDecisions1796527855249 implements MigrationInterface {
  name = 'ReviewDecisions1796527855249';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_decisions" ("round_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "decision" character varying(10) NOT NULL, "feedback" character varying(4000) NOT NULL, "share_criteria" boolean NOT NULL DEFAULT false, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "review_decisions_feedback_check" CHECK (length(feedback) > 0), CONSTRAINT "review_decisions_decision_check" CHECK (decision IN ('advance', 'shortlist', 'select', 'park', 'decline')), CONSTRAINT "PK_742581e0579e0d0e98ca68eb9b7" PRIMARY KEY ("round_id", "idea_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decisions" ADD CONSTRAINT "FK_e25abb96297934e0650fbd68934" FOREIGN KEY ("round_id") REFERENCES "review_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decisions" ADD CONSTRAINT "FK_61c3ccdbaaf77fc384ab92690d9" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decisions" ADD CONSTRAINT "FK_5c7496b64ec23f7e7aeef608d67" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_decisions" DROP CONSTRAINT "FK_5c7496b64ec23f7e7aeef608d67"`);
    await queryRunner.query(`ALTER TABLE "review_decisions" DROP CONSTRAINT "FK_61c3ccdbaaf77fc384ab92690d9"`);
    await queryRunner.query(`ALTER TABLE "review_decisions" DROP CONSTRAINT "FK_e25abb96297934e0650fbd68934"`);
    await queryRunner.query(`DROP TABLE "review_decisions"`);
  }
}
