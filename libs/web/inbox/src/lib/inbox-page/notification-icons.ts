import type { NotificationType } from '@crowdforge/contracts';
import type { IconName } from '@crowdforge/web-ui/icons';

/** The icon in front of each kind of notification. */
export const NOTIFICATION_ICONS: Record<NotificationType, IconName> = {
  comment: 'mark_chat_read',
  mention: 'alternate_email',
  status_change: 'task_alt',
  decision: 'campaign',
  brief_revision: 'edit_note',
  announcement: 'campaign',
  question_answered: 'mark_chat_read',
  amendment_decided: 'edit_note',
  challenge_closed: 'task_alt',
  threshold_reached: 'emoji_objects',
  phase_window: 'schedule',
  review_assignment: 'fact_check',
  review_due: 'schedule',
  membership: 'group_add',
  co_authorship: 'person_add',
  moderation: 'rule',
  system: 'info',
};

export function iconOf(type: string): IconName {
  return NOTIFICATION_ICONS[type as NotificationType] ?? 'notifications';
}
