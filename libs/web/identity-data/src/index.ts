export * from './lib/http/api-url';
export * from './lib/http/session.interceptor';
export * from './lib/session/session-hint';
export * from './lib/session/session.store';
export * from './lib/session/provide-session';
export * from './lib/guards/session.guards';
export * from './lib/notifications/notifications.api';
export * from './lib/notifications/unread-notifications';
