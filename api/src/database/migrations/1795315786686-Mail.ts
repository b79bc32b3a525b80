import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mail1795315786686 implements MigrationInterface {
  name = 'Mail1795315786686';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient" character varying(320) NOT NULL, "subject" character varying(1000) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "language" character varying(5) NOT NULL, "template" character varying(100) NOT NULL, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox"  ("created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
