import { MigrationInterface, QueryRunner } from 'typeorm';

export class MergeProposals1796516291940 implements MigrationInterface {
  name = 'MergeProposals1796516291940';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idea_merge_proposals" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "merged_idea_id" uuid NOT NULL, "kept_idea_id" uuid NOT NULL, "proposed_by_id" uuid, "reason" character varying(1000) NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'pending', "merged_consent_at" TIMESTAMP WITH TIME ZONE, "kept_consent_at" TIMESTAMP WITH TIME ZONE, "declined_by_id" uuid, "decline_reason" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "idea_merge_proposals_accepted_check" CHECK (state <> 'accepted' OR (merged_consent_at IS NOT NULL AND kept_consent_at IS NOT NULL)), CONSTRAINT "idea_merge_proposals_decided_check" CHECK ((state = 'pending') = (decided_at IS NULL)), CONSTRAINT "idea_merge_proposals_state_check" CHECK (state IN ('pending', 'accepted', 'declined')), CONSTRAINT "idea_merge_proposals_two_ideas_check" CHECK (merged_idea_id <> kept_idea_id), CONSTRAINT "PK_48618aa3210ae325d7c19d8b581" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idea_merge_proposals_kept_idx" ON "idea_merge_proposals"  ("kept_idea_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idea_merge_proposals_pending_unique" ON "idea_merge_proposals"  ("merged_idea_id") WHERE state = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "ideas" ADD "merged_into_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "ideas_merged_into_check" CHECK (merged_into_id IS NULL OR (status = 'merged' AND merged_into_id <> id))`,
    );
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_331079680b091d151050281e7b5" FOREIGN KEY ("merged_into_id") REFERENCES "ideas"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_merge_proposals" ADD CONSTRAINT "FK_697e9bec5a35b1712147e4cbb07" FOREIGN KEY ("merged_idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_merge_proposals" ADD CONSTRAINT "FK_be1fba7dff26229e2b9ff876922" FOREIGN KEY ("kept_idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_merge_proposals" ADD CONSTRAINT "FK_fe71590653b8c966e95ab7bea4a" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_merge_proposals" ADD CONSTRAINT "FK_06cee640a7226193553fe689d21" FOREIGN KEY ("declined_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_merge_proposals" DROP CONSTRAINT "FK_06cee640a7226193553fe689d21"`);
    await queryRunner.query(`ALTER TABLE "idea_merge_proposals" DROP CONSTRAINT "FK_fe71590653b8c966e95ab7bea4a"`);
    await queryRunner.query(`ALTER TABLE "idea_merge_proposals" DROP CONSTRAINT "FK_be1fba7dff26229e2b9ff876922"`);
    await queryRunner.query(`ALTER TABLE "idea_merge_proposals" DROP CONSTRAINT "FK_697e9bec5a35b1712147e4cbb07"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_331079680b091d151050281e7b5"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "ideas_merged_into_check"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`DROP INDEX "public"."idea_merge_proposals_pending_unique"`);
    await queryRunner.query(`DROP INDEX "public"."idea_merge_proposals_kept_idx"`);
    await queryRunner.query(`DROP TABLE "idea_merge_proposals"`);
  }
}
