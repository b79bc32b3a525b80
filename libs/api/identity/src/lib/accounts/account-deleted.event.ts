import { DomainEvent } from '@crowdforge/api-platform';

/** Published after an account's personal data was erased; other domains erase theirs. */
export class AccountDeleted extends DomainEvent {
  static readonly type = 'account.deleted';
  readonly type = AccountDeleted.type;

  constructor(
    readonly userId: string,
    occurredAt: Date,
  ) {
    super(occurredAt);
  }
}
