import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { OrganisationPermission, OrganisationRole, roleAllows } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { OrganisationsApi } from '@crowdforge/web-identity-data/api';

/**
 * The organisation an organisation page is about, and what the signed-in person may do there.
 * Provided by the organisation page; its tabs inject it. The API decides in the end; this only
 * hides controls that would be refused.
 */
@Injectable()
export class OrganisationContext {
  private readonly api = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);

  readonly id = signal('');
  readonly organisation = rxResource({
    params: () => this.id() || undefined,
    stream: ({ params }) => this.api.get(params),
  });
  /** My membership role, or `null` (e.g. a platform administrator who is not a member). */
  readonly role = computed<OrganisationRole | null>(() => this.session.roleIn(this.id()));
  /** The role that decides what I may do: platform administrators may do what owners may. */
  readonly effectiveRole = computed<OrganisationRole | null>(
    () => this.role() ?? (this.session.isPlatformAdmin() ? 'owner' : null),
  );
  readonly userId = computed(() => this.session.user()?.id ?? null);

  can(permission: OrganisationPermission): boolean {
    const role = this.effectiveRole();
    return role !== null && roleAllows(role, permission);
  }
}
