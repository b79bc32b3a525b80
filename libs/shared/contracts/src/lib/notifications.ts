import type { Page } from './identity';

/** Kinds of notification; later capabilities add theirs here. */
export const NOTIFICATION_TYPES = [
  'comment',
  'mention',
  'status_change',
  'decision',
  'brief_revision',
  'announcement',
  'question_answered',
  'amendment_decided',
  'challenge_closed',
  'threshold_reached',
  'phase_window',
  'review_assignment',
  'review_due',
  'membership',
  'co_authorship',
  'moderation',
  'system',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface NotificationView {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<NotificationView> {
  unread: number;
}
