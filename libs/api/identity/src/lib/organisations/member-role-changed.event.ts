import { DomainEvent } from '@crowdforge/api-platform';
import type { OrganisationRole } from '@crowdforge/contracts';

/** Published after someone's role in an organisation changed; the person is told. */
export class MemberRoleChanged extends DomainEvent {
  static readonly type = 'membership.role_changed';
  readonly type = MemberRoleChanged.type;

  constructor(
    readonly organisationId: string,
    readonly organisationName: string,
    readonly userId: string,
    readonly role: OrganisationRole,
    occurredAt: Date,
  ) {
    super(occurredAt);
  }
}
