export * from './lib/engagement.module';
export * from './lib/engagement.entities';
export * from './lib/notifications/notifications.service';
