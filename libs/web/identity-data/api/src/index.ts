export * from './lib/api/accounts.api';
export * from './lib/api/me.api';
export * from './lib/api/organisations.api';
export * from './lib/api/moderation.api';
export * from './lib/api/outbox.api';
export * from './lib/forms/problem-form-errors';
export * from './lib/forms/error-text';
export * from './lib/forms/upload-run';
