import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdeaLinks1796255962012 implements MigrationInterface {
  name = 'IdeaLinks1796255962012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idea_links" ("idea_id" uuid NOT NULL, "builds_on_id" uuid NOT NULL, "linked_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "idea_links_not_itself_check" CHECK (idea_id <> builds_on_id), CONSTRAINT "PK_22532680eecbba33c6465a73479" PRIMARY KEY ("idea_id", "builds_on_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idea_links_builds_on_idx" ON "idea_links"  ("builds_on_id") `);
    await queryRunner.query(
      `ALTER TABLE "idea_links" ADD CONSTRAINT "FK_83d929b6aaf587973c2aaf09557" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_links" ADD CONSTRAINT "FK_205cdad4b2e34c5749b35a60ac6" FOREIGN KEY ("builds_on_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_links" ADD CONSTRAINT "FK_4184c783347dcfe6c01649b0ad8" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_links" DROP CONSTRAINT "FK_4184c783347dcfe6c01649b0ad8"`);
    await queryRunner.query(`ALTER TABLE "idea_links" DROP CONSTRAINT "FK_205cdad4b2e34c5749b35a60ac6"`);
    await queryRunner.query(`ALTER TABLE "idea_links" DROP CONSTRAINT "FK_83d929b6aaf587973c2aaf09557"`);
    await queryRunner.query(`DROP INDEX "public"."idea_links_builds_on_idx"`);
    await queryRunner.query(`DROP TABLE "idea_links"`);
  }
}
