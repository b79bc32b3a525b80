export * from './lib/account.routes';
