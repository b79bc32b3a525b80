import type { DataSource } from 'typeorm';

/** A checksum of every row of every table, to prove a series of requests changed nothing. */
export async function tableChecksums(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
     WHERE schemaname = 'public' ORDER BY 1`,
  );
  const checksums: Record<string, string> = {};
  for (const { name } of tables) {
    const [{ checksum }] = await dataSource.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS checksum FROM ${name} t`,
    );
    checksums[name] = checksum;
  }
  return checksums;
}
