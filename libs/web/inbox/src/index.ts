export * from './lib/inbox.routes';
