import { MigrationInterface, QueryRunner } from 'typeorm';

export class Platform1795313863520 implements MigrationInterface {
  name = 'Platform1795313863520';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(100) NOT NULL, "object_type" character varying(60) NOT NULL, "object_id" character varying(100) NOT NULL, "ip" inet, "user_agent" character varying(400), "request_id" character varying(100), "data" jsonb NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log"  ("actor_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE INDEX "audit_log_object_idx" ON "audit_log"  ("object_type", "object_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "seed_runs" ("name" character varying(100) NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f17d28c235a3f7ece971efd9fa3" PRIMARY KEY ("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seed_runs"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_object_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
