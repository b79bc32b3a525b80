import { invalid } from '@crowdforge/api-platform';
import type { IdeaSort } from '@crowdforge/contracts';

/** Where a page ended, in the order it belongs to: the last idea's sort key. */
export type IdeaCursor =
  | { sort: 'newest'; createdAt: Date; id: string }
  | { sort: 'discussed'; commentCount: number; createdAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const cursorError = (message: string) => invalid([{ field: 'cursor', messages: [message] }]);

export function encodeCursor(cursor: IdeaCursor): string {
  const key = cursor.sort === 'discussed' ? [cursor.commentCount] : [];
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
    if (!Array.isArray(parts)) return null;
    const [at, id] = parts.slice(-2) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof id !== 'string' || !UUID.test(id) || Number.isNaN(createdAt.getTime())) return null;
    if (parts[0] === 'newest' && parts.length === 3) return { sort: 'newest', createdAt, id };
    const commentCount = parts[1] as unknown;
    if (
      parts[0] === 'discussed' &&
      parts.length === 4 &&
      Number.isSafeInteger(commentCount) &&
      Number(commentCount) >= 0
    )
      return { sort: 'discussed', commentCount: Number(commentCount), createdAt, id };
  } catch {
    // not JSON: falls through to null
  }
  return null;
}
