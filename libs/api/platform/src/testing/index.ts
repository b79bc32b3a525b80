export * from './test-postgres';
export * from './test-database';
export * from './test-environment';
export * from './platform-test-app';
export * from './smtp-listener';
