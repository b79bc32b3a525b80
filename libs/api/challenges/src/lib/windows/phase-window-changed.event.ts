import { DomainEvent } from '@crowdforge/api-platform';
import type { PhaseKind } from '@crowdforge/contracts';

/** A phase window of a published challenge opened or closed; published once per transition. */
export class PhaseWindowChanged extends DomainEvent {
  static readonly type = 'challenges.phase-window-changed';
  readonly type = PhaseWindowChanged.type;

  constructor(
    readonly challengeId: string,
    readonly kind: PhaseKind,
    readonly change: 'opened' | 'closed',
    occurredAt: Date,
  ) {
    super(occurredAt);
  }
}
