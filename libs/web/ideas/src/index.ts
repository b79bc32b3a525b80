export * from './lib/ideas.routes';
