export * from './mail-message';
export * from './mailer';
export * from './mail-outbox';
export * from './mail-outbox-message.entity';
export * from './render-template';
export * from './templates/mail-templates';
