import type { DatabaseSchema } from '@crowdforge/api-platform';
import { PLATFORM_ENTITIES } from '@crowdforge/api-platform';
import { IDENTITY_ENTITIES } from '@crowdforge/api-identity';
import { ENGAGEMENT_ENTITIES } from '@crowdforge/api-engagement';
import { FILES_ENTITIES } from '@crowdforge/api-files';
import { CHALLENGES_ENTITIES } from '@crowdforge/api-challenges';
import { IDEAS_ENTITIES } from '@crowdforge/api-ideas';
import { MODERATION_ENTITIES } from '@crowdforge/api-moderation';
import { REVIEW_ENTITIES } from '@crowdforge/api-review';
import { MIGRATIONS } from './migrations';

/** Every entity of every domain; migrations are generated from this list. */
export const DATABASE_SCHEMA: DatabaseSchema = {
  entities: [
    ...PLATFORM_ENTITIES,
    ...IDENTITY_ENTITIES,
    ...ENGAGEMENT_ENTITIES,
    ...FILES_ENTITIES,
    ...CHALLENGES_ENTITIES,
    ...IDEAS_ENTITIES,
    ...MODERATION_ENTITIES,
    ...REVIEW_ENTITIES,
  ],
  migrations: MIGRATIONS,
};
