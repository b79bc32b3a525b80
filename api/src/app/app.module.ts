import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type Environment } from '@crowdforge/api-platform';
import { IdentityModule } from '@crowdforge/api-identity';
import { EngagementModule } from '@crowdforge/api-engagement';
import { ChallengesModule } from '@crowdforge/api-challenges';
import { IdeasModule } from '@crowdforge/api-ideas';
import { ModerationModule } from '@crowdforge/api-moderation';
import { ReviewModule } from '@crowdforge/api-review';
import { DATABASE_SCHEMA } from '../database/schema';

export interface AppOptions {
  environment: Environment;
  databaseUrl: string;
}

/** Composition only: the platform kernel plus one module per domain. */
@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ ...options, schema: DATABASE_SCHEMA }),
        IdentityModule,
        EngagementModule,
        ChallengesModule,
        IdeasModule,
        ModerationModule,
        ReviewModule,
      ],
    };
  }
}
