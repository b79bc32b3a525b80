import { MigrationInterface, QueryRunner } from 'typeorm';

export class Implementation1796529276130 implements MigrationInterface {
  name = 'Implementation1796529276130';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idea_implementations" ("idea_id" uuid NOT NULL, "owner_id" uuid, "realised_value" character varying(2000) NOT NULL DEFAULT '', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_26d461df66616cd1651f695ee02" PRIMARY KEY ("idea_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "implementation_milestones" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "idea_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "due_on" date, "done_at" TIMESTAMP WITH TIME ZONE, "position" integer NOT NULL, CONSTRAINT "PK_726c2fa1b15d010068fd9018aec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "implementation_milestones_idea_idx" ON "implementation_milestones"  ("idea_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "implementation_updates" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "idea_id" uuid NOT NULL, "markdown" character varying(10000) NOT NULL, "progress" smallint NOT NULL, "by_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "implementation_updates_progress_check" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "PK_8c07879289fe04d24cdc3bfd9f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "implementation_updates_idea_idx" ON "implementation_updates"  ("idea_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_implementations" ADD CONSTRAINT "FK_26d461df66616cd1651f695ee02" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_implementations" ADD CONSTRAINT "FK_2b0ed5a436a2c8683c3ffcd2fb6" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "implementation_milestones" ADD CONSTRAINT "FK_ae661dad7c35d6238aba07d9df2" FOREIGN KEY ("idea_id") REFERENCES "idea_implementations"("idea_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "implementation_updates" ADD CONSTRAINT "FK_8434c6c915741ba38c56764ca75" FOREIGN KEY ("idea_id") REFERENCES "idea_implementations"("idea_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "implementation_updates" ADD CONSTRAINT "FK_9c72aed1c5c0698ae828834df35" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "implementation_updates" DROP CONSTRAINT "FK_9c72aed1c5c0698ae828834df35"`);
    await queryRunner.query(`ALTER TABLE "implementation_updates" DROP CONSTRAINT "FK_8434c6c915741ba38c56764ca75"`);
    await queryRunner.query(`ALTER TABLE "implementation_milestones" DROP CONSTRAINT "FK_ae661dad7c35d6238aba07d9df2"`);
    await queryRunner.query(`ALTER TABLE "idea_implementations" DROP CONSTRAINT "FK_2b0ed5a436a2c8683c3ffcd2fb6"`);
    await queryRunner.query(`ALTER TABLE "idea_implementations" DROP CONSTRAINT "FK_26d461df66616cd1651f695ee02"`);
    await queryRunner.query(`DROP INDEX "public"."implementation_updates_idea_idx"`);
    await queryRunner.query(`DROP TABLE "implementation_updates"`);
    await queryRunner.query(`DROP INDEX "public"."implementation_milestones_idea_idx"`);
    await queryRunner.query(`DROP TABLE "implementation_milestones"`);
    await queryRunner.query(`DROP TABLE "idea_implementations"`);
  }
}
