import { Module } from '@nestjs/common';
import { Environment } from '@crowdforge/api-platform';
import { join } from 'node:path';
import { Attachments } from './attachments.service';
import { FileStorage } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file-storage';

/** Attachments' storage and bookkeeping; the domains owning ideas and challenges decide who sees them. */
@Module({
  providers: [
    Attachments,
    {
      provide: FileStorage,
      inject: [Environment],
      useFactory: (environment: Environment) =>
        new LocalFileStorage(environment.FILES_DIR ?? join(environment.DATA_DIR, 'files')),
    },
  ],
  exports: [Attachments],
})
export class FilesModule {}
