import { Signal, computed, inject } from '@angular/core';
import { type MembershipSummary, roleAllows } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';

/** The organisations the signed-in person may run challenges in. Call in an injection context. */
export function injectManagedOrganisations(): Signal<MembershipSummary[]> {
  const session = inject(SessionStore);
  return computed(() =>
    (session.user()?.memberships ?? []).filter((membership) => roleAllows(membership.role, 'challenges:manage')),
  );
}
