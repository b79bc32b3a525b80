import { invalid } from '@crowdforge/api-platform';
import type { IdeaSort } from '@crowdforge/contracts';

/**
 * Where a page ended, in the order it belongs to: the last idea's sort key (its comment count,
 * vote score or trending key; none for newest), then when it was created and its id.
 */
export interface IdeaCursor {
  sort: IdeaSort;
  key: number | null;
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a sort key may be in each order: comment counts are whole, vote keys any finite number. */
const KEY_RULES: Record<IdeaSort, ((key: number) => boolean) | null> = {
  newest: null,
  discussed: (key) => Number.isSafeInteger(key) && key >= 0,
  top: Number.isFinite,
  trending: Number.isFinite,
};

const cursorError = (message: string) => invalid([{ field: 'cursor', messages: [message] }]);

export function encodeCursor(cursor: IdeaCursor): string {
  const key = cursor.key === null ? [] : [cursor.key];
  return Buffer.from(JSON.stringify([cursor.sort, ...key, cursor.createdAt.toISOString(), cursor.id])).toString(
    'base64url',
  );
}

/** A cursor from a client for a list in `sort` order: anything not made by `encodeCursor` for it is a 400. */
export function decodeCursor(value: string, sort: IdeaSort): IdeaCursor {
  const cursor = parse(value);
  if (!cursor) throw cursorError('is not a cursor this list handed out');
  if (cursor.sort !== sort) throw cursorError(`belongs to the ${cursor.sort} order, not ${sort}`);
  return cursor;
}

function parse(value: string): IdeaCursor | null {
  try {
    const parts = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(parts) || !(String(parts[0]) in KEY_RULES)) return null;
    const sort = parts[0] as IdeaSort;
    const keyRule = KEY_RULES[sort];
    const [at, id] = parts.slice(-2) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof id !== 'string' || !UUID.test(id) || Number.isNaN(createdAt.getTime())) return null;
    if (!keyRule) return parts.length === 3 ? { sort, key: null, createdAt, id } : null;
    const key = parts[1] as unknown;
    if (parts.length === 4 && typeof key === 'number' && keyRule(key)) return { sort, key, createdAt, id };
  } catch {
    // not JSON: falls through to null
  }
  return null;
}
