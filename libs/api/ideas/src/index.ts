export * from './lib/ideas.module';
export * from './lib/ideas.entities';
