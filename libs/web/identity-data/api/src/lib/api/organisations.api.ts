import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  GrantRole,
  GrantScope,
  GrantView,
  InvitationView,
  MemberView,
  OrganisationRole,
  OrganisationView,
} from '@crowdforge/contracts';
import { Observable } from 'rxjs';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';

export interface CreateOrganisationRequest {
  name: string;
  /** Lower-case letters, digits and dashes; derived from the name when omitted. */
  slug?: string;
}

export interface OrganisationChanges {
  name?: string;
  /** `#rrggbb` */
  brandColour?: string;
  /** An https URL, or `null` to remove the logo. */
  logoUrl?: string | null;
}

export type InvitableRole = Exclude<OrganisationRole, 'owner'>;

export interface InviteRequest {
  email: string;
  role: InvitableRole;
}

export interface GrantRequest {
  email: string;
  scope: GrantScope;
  scopeId: string;
  role: GrantRole;
}

/**
 * Organisations, their members, invitations and grants. Reads and form submissions raise no
 * toast (the page shows the error); other actions fail with an error toast.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();
  private readonly url = `${this.api}/organisations`;

  create(request: CreateOrganisationRequest): Observable<OrganisationView> {
    return this.http.post<OrganisationView>(this.url, request, ownErrors());
  }

  mine(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>(`${this.url}/mine`, ownErrors());
  }

  get(organisationId: string): Observable<OrganisationView> {
    return this.http.get<OrganisationView>(this.of(organisationId), ownErrors());
  }

  update(organisationId: string, changes: OrganisationChanges): Observable<OrganisationView> {
    return this.http.patch<OrganisationView>(this.of(organisationId), changes, ownErrors());
  }

  members(organisationId: string): Observable<MemberView[]> {
    return this.http.get<MemberView[]>(`${this.of(organisationId)}/members`, ownErrors());
  }

  changeRole(organisationId: string, userId: string, role: OrganisationRole): Observable<void> {
    return this.http.put<void>(`${this.of(organisationId)}/members/${segment(userId)}/role`, { role });
  }

  removeMember(organisationId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${this.of(organisationId)}/members/${segment(userId)}`);
  }

  leave(organisationId: string): Observable<void> {
    return this.http.post<void>(`${this.of(organisationId)}/leave`, {});
  }

  invitations(organisationId: string): Observable<InvitationView[]> {
    return this.http.get<InvitationView[]>(`${this.of(organisationId)}/invitations`, ownErrors());
  }

  invite(organisationId: string, request: InviteRequest): Observable<InvitationView> {
    return this.http.post<InvitationView>(`${this.of(organisationId)}/invitations`, request, ownErrors());
  }

  revokeInvitation(organisationId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${this.of(organisationId)}/invitations/${segment(invitationId)}`);
  }

  /** Accepts an emailed invitation for the signed-in person (their verified address must match). */
  acceptInvitation(token: string): Observable<{ organisationId: string }> {
    return this.http.post<{ organisationId: string }>(`${this.api}/invitations/accept`, { token }, ownErrors());
  }

  grants(organisationId: string): Observable<GrantView[]> {
    return this.http.get<GrantView[]>(`${this.of(organisationId)}/grants`, ownErrors());
  }

  grant(organisationId: string, request: GrantRequest): Observable<GrantView> {
    return this.http.post<GrantView>(`${this.of(organisationId)}/grants`, request, ownErrors());
  }

  revokeGrant(organisationId: string, grantId: string): Observable<void> {
    return this.http.delete<void>(`${this.of(organisationId)}/grants/${segment(grantId)}`);
  }

  private of(organisationId: string): string {
    return `${this.url}/${segment(organisationId)}`;
  }
}
