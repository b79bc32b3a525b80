import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewRounds1796526008628 implements MigrationInterface {
  name = 'ReviewRounds1796526008628';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_rounds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "challenge_id" uuid NOT NULL, "position" smallint NOT NULL, "name" character varying(120) NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'setup', "reviewers_per_idea" smallint NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "blind" boolean NOT NULL DEFAULT true, "scorecard" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "review_rounds_scorecard_check" CHECK (jsonb_typeof(scorecard) = 'array' AND jsonb_array_length(scorecard) > 0), CONSTRAINT "review_rounds_k_check" CHECK (reviewers_per_idea BETWEEN 1 AND 10), CONSTRAINT "review_rounds_state_check" CHECK (state IN ('setup', 'open', 'closed')), CONSTRAINT "PK_af804477416b76c82c10774be17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "review_rounds_position_unique" ON "review_rounds"  ("challenge_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_round_reviewers" ("round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "expertise" text array NOT NULL DEFAULT '{}', "position" integer NOT NULL, CONSTRAINT "PK_7caf0dadff6037743be45280659" PRIMARY KEY ("round_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "review_round_reviewers_user_idx" ON "review_round_reviewers"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "round_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'assigned', "scores" jsonb NOT NULL DEFAULT '[]', "comment" character varying(4000) NOT NULL DEFAULT '', "weighted_score" double precision, "conflict_reason" character varying(1000), "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "reviews_scores_check" CHECK (jsonb_typeof(scores) = 'array'), CONSTRAINT "reviews_conflict_check" CHECK ((state = 'conflict') = (conflict_reason IS NOT NULL)), CONSTRAINT "reviews_submitted_check" CHECK ((state = 'submitted') = (submitted_at IS NOT NULL)), CONSTRAINT "reviews_state_check" CHECK (state IN ('assigned', 'draft', 'submitted', 'conflict')), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reviews_reviewer_idx" ON "reviews"  ("reviewer_id", "state") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reviews_assignment_unique" ON "reviews"  ("round_id", "idea_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_round_ideas" ("round_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_d66f5bdf0796610eccb1e21c0ed" PRIMARY KEY ("round_id", "idea_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "review_round_ideas_idea_idx" ON "review_round_ideas"  ("idea_id") `);
    await queryRunner.query(
      `ALTER TABLE "review_rounds" ADD CONSTRAINT "FK_04c69f9e5167cf980411af11d35" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_rounds" ADD CONSTRAINT "FK_a922ef68d25bec03f392b869bd6" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_round_reviewers" ADD CONSTRAINT "FK_e03ac212cb51bb7c2dda6f876ce" FOREIGN KEY ("round_id") REFERENCES "review_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_round_reviewers" ADD CONSTRAINT "FK_b8c9612891fa563a17f6a84ce09" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_5dc6a1daa0a36428f929bb6e5fc" FOREIGN KEY ("round_id") REFERENCES "review_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_8082e3ad1823f9fd8d3a63b0d2b" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_92e950a2513a79bb3fab273c92e" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_round_ideas" ADD CONSTRAINT "FK_64a1ff6ba3585c924a16cfaec98" FOREIGN KEY ("round_id") REFERENCES "review_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_round_ideas" ADD CONSTRAINT "FK_f76682e4329c0760b40fadc6341" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_round_ideas" DROP CONSTRAINT "FK_f76682e4329c0760b40fadc6341"`);
    await queryRunner.query(`ALTER TABLE "review_round_ideas" DROP CONSTRAINT "FK_64a1ff6ba3585c924a16cfaec98"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_92e950a2513a79bb3fab273c92e"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_8082e3ad1823f9fd8d3a63b0d2b"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_5dc6a1daa0a36428f929bb6e5fc"`);
    await queryRunner.query(`ALTER TABLE "review_round_reviewers" DROP CONSTRAINT "FK_b8c9612891fa563a17f6a84ce09"`);
    await queryRunner.query(`ALTER TABLE "review_round_reviewers" DROP CONSTRAINT "FK_e03ac212cb51bb7c2dda6f876ce"`);
    await queryRunner.query(`ALTER TABLE "review_rounds" DROP CONSTRAINT "FK_a922ef68d25bec03f392b869bd6"`);
    await queryRunner.query(`ALTER TABLE "review_rounds" DROP CONSTRAINT "FK_04c69f9e5167cf980411af11d35"`);
    await queryRunner.query(`DROP INDEX "public"."review_round_ideas_idea_idx"`);
    await queryRunner.query(`DROP TABLE "review_round_ideas"`);
    await queryRunner.query(`DROP INDEX "public"."reviews_assignment_unique"`);
    await queryRunner.query(`DROP INDEX "public"."reviews_reviewer_idx"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP INDEX "public"."review_round_reviewers_user_idx"`);
    await queryRunner.query(`DROP TABLE "review_round_reviewers"`);
    await queryRunner.query(`DROP INDEX "public"."review_rounds_position_unique"`);
    await queryRunner.query(`DROP TABLE "review_rounds"`);
  }
}
