import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1796513835606 implements MigrationInterface {
  name = 'Attachments1796513835606';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Covers were links to images elsewhere, which the pages' security policy never let load: replaced by uploads.
    await queryRunner.query(`ALTER TABLE "challenges" DROP COLUMN "cover_image_url"`);
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "media_type" character varying(120) NOT NULL, "name" character varying(160) NOT NULL, "byte_size" integer NOT NULL, "width" integer, "height" integer, "sizes" text array NOT NULL DEFAULT '{}', "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "attachments_byte_size_check" CHECK (byte_size > 0), CONSTRAINT "attachments_kind_check" CHECK (kind IN ('image', 'document')), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attachments_owner_idx" ON "attachments"  ("owner_id") `);
    await queryRunner.query(
      `CREATE TABLE "idea_attachments" ("attachment_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "field" character varying(40), "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_75b62523a0fd94cb2b312492541" PRIMARY KEY ("attachment_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idea_attachments_field_key" ON "idea_attachments"  ("idea_id", "field") WHERE field IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "idea_attachments_idea_idx" ON "idea_attachments"  ("idea_id", "added_at") `);
    await queryRunner.query(`ALTER TABLE "challenges" ADD "cover_attachment_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_4ada7487bbd009d753963948e40" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_0e6ffd34703dc62345568a356d8" FOREIGN KEY ("cover_attachment_id") REFERENCES "attachments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_attachments" ADD CONSTRAINT "FK_75b62523a0fd94cb2b312492541" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_attachments" ADD CONSTRAINT "FK_ee4d55a92554363dce5bb48cfd7" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_attachments" DROP CONSTRAINT "FK_ee4d55a92554363dce5bb48cfd7"`);
    await queryRunner.query(`ALTER TABLE "idea_attachments" DROP CONSTRAINT "FK_75b62523a0fd94cb2b312492541"`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP CONSTRAINT "FK_0e6ffd34703dc62345568a356d8"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_4ada7487bbd009d753963948e40"`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP COLUMN "cover_attachment_id"`);
    await queryRunner.query(`DROP INDEX "public"."idea_attachments_idea_idx"`);
    await queryRunner.query(`DROP INDEX "public"."idea_attachments_field_key"`);
    await queryRunner.query(`DROP TABLE "idea_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."attachments_owner_idx"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`ALTER TABLE "challenges" ADD "cover_image_url" character varying(500)`);
  }
}
