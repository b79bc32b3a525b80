import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryConfig } from 'pg';
import { QueryFailedError, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * Runs `text` as a named prepared statement: each connection parses and plans it once and then
 * reuses the plan. For the statements every request runs (authentication, the vote path, idea
 * lists), whose planning costs PostgreSQL more CPU than their execution (ADR 21). Inside a
 * transaction it runs on the transaction's connection. Errors arrive as TypeORM's
 * `QueryFailedError`, like those of `manager.query`. `text` must be a fixed text with parameters, never
 * one with values spliced in: each distinct text stays prepared on every connection.
 */
export async function preparedQuery<Row>(manager: EntityManager, text: string, values: unknown[]): Promise<Row[]> {
  const query: QueryConfig = { name: statementName(text), text, values };
  try {
    const runner = manager.queryRunner;
    if (runner && !runner.isReleased) {
      const client = (await runner.connect()) as PoolClient;
      return (await client.query(query)).rows as Row[];
    }
    // TypeORM's PostgreSQL driver keeps its pg pool as `master`.
    const pool = (manager.connection.driver as unknown as { master: Pool }).master;
    return (await pool.query(query)).rows as Row[];
  } catch (error) {
    throw error instanceof Error && 'code' in error ? new QueryFailedError(text, values, error) : error;
  }
}

/** The raw rows of a query builder's query, run as a prepared statement (see `preparedQuery`). */
export function preparedRawMany<Row>(select: SelectQueryBuilder<ObjectLiteral>): Promise<Row[]> {
  const [text, values] = select.getQueryAndParameters();
  return preparedQuery<Row>(select.connection.manager, text, values);
}

const names = new Map<string, string>();

/** A name per statement text: the same text always gets the same name, different texts never share one. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `cf_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}
