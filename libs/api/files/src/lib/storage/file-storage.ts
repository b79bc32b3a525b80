import type { Readable } from 'node:stream';

/**
 * Where the bytes of attachments live. Keys are `<attachment id>/<file name>`; an attachment's
 * files are written together and removed together.
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes; rejects with `StoredFileMissing` when there is no such file. */
  abstract open(key: string): Promise<Readable>;
  /** Removes every file of the attachment; nothing to remove is fine. */
  abstract removeAll(attachmentId: string): Promise<void>;
}

export class StoredFileMissing extends Error {
  constructor(key: string) {
    super(`No stored file ${key}`);
  }
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[a-z]+\.[a-z0-9]+$/;

/** Keys are built by us, never from a client's file name; this guards the filesystem anyway. */
export function assertSafeKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Unsafe storage key ${JSON.stringify(key)}`);
}
