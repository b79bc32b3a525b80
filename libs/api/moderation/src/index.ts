export * from './lib/moderation.module';
export * from './lib/moderation.entities';
