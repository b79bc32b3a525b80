import { Notification } from './notifications/notification.entity';

export const ENGAGEMENT_ENTITIES = [Notification];
