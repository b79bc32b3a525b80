import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { assertSafeKey, FileStorage, StoredFileMissing } from './file-storage';

/** Files on the local disk under one directory (`FILES_DIR`, by default `.data/files`). */
export class LocalFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, data: Buffer): Promise<void> {
    assertSafeKey(key);
    const path = join(this.root, key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, data);
    await rename(partial, path);
  }

  async open(key: string): Promise<Readable> {
    assertSafeKey(key);
    const path = join(this.root, key);
    try {
      // Opened first, so a missing file is an error here rather than on the response stream.
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissing(key);
      throw error;
    }
  }

  async removeAll(attachmentId: string): Promise<void> {
    assertSafeKey(`${attachmentId}/x.x`);
    await rm(join(this.root, attachmentId), { recursive: true, force: true });
  }
}
