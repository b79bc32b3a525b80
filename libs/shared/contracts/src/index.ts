export * from './lib/problem';
export * from './lib/health';
export * from './lib/identity';
export * from './lib/permissions';
export * from './lib/notifications';
export * from './lib/challenges';
export * from './lib/ideas';
export * from './lib/votes';
