import { invalid } from '@crowdforge/api-platform';

/** Where a page of newest-first ideas ended: the last idea's creation time and id. */
export interface IdeaCursor {
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: IdeaCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString('base64url');
}

/** A cursor from a client: anything not made by `encodeCursor` is a 400. */
export function decodeCursor(value: string): IdeaCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof id === 'string' && UUID.test(id) && !Number.isNaN(createdAt.getTime())) return { createdAt, id };
  } catch {
    // falls through to the 400 below
  }
  throw invalid([{ field: 'cursor', messages: ['is not a cursor this list handed out'] }]);
}
