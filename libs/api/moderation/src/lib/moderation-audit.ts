import type { AuditRecord } from '@crowdforge/api-platform';
import type { ModerationTarget } from '@crowdforge/api-ideas';

/** Every moderation action is audited under this prefix, with the organisation in its data (the moderation log). */
export const MODERATION_ACTION_PREFIX = 'moderation.';

export function moderationRecord(
  action: string,
  organisationId: string,
  object: { type: string; id: string },
  data: Record<string, unknown> = {},
): AuditRecord {
  return {
    action: `${MODERATION_ACTION_PREFIX}${action}`,
    objectType: object.type,
    objectId: object.id,
    data: { organisationId, ...data },
  };
}

/** The audit record of an action on an idea or a comment. */
export function targetRecord(action: string, target: ModerationTarget, reason: string | null): AuditRecord {
  return moderationRecord(
    action,
    target.challenge.row.organisationId,
    { type: target.kind === 'idea' ? 'idea' : 'idea_comment', id: target.objectId },
    { challengeId: target.challenge.row.id, ideaId: target.idea.id, reason },
  );
}
