import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AccessTokenView, CreatedAccessToken, CurrentUser, Language, TokenScope } from '@crowdforge/contracts';
import { Observable } from 'rxjs';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';

export interface ProfileChanges {
  displayName?: string;
  bio?: string;
  expertise?: string[];
  language?: Language;
  showOnLeaderboards?: boolean;
  showNameOnIdeas?: boolean;
}

export interface CreateTokenRequest {
  name: string;
  scopes: TokenScope[];
  /** Omit for a token that does not expire. */
  expiresInDays?: number;
}

/** The signed-in person's own account: profile, password, personal data, access tokens. */
@Injectable({ providedIn: 'root' })
export class MeApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${injectApiV1()}/me`;

  /** `GET /me/export` answers a JSON file download; link to it (the session cookie goes along). */
  readonly exportUrl = `${this.url}/export`;

  get(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>(this.url, ownErrors());
  }

  update(changes: ProfileChanges): Observable<CurrentUser> {
    return this.http.patch<CurrentUser>(this.url, changes, ownErrors());
  }

  /** 204; the API ends the person's other sessions. A wrong current password is a field error. */
  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.put<void>(`${this.url}/password`, { currentPassword, newPassword }, ownErrors());
  }

  /** 204: the account is deleted and this session ended. */
  deleteAccount(password: string): Observable<void> {
    return this.http.delete<void>(this.url, { body: { password }, ...ownErrors() });
  }

  tokens(): Observable<AccessTokenView[]> {
    return this.http.get<AccessTokenView[]>(`${this.url}/tokens`, ownErrors());
  }

  /** The answer holds the token's value; the API never shows it again. */
  createToken(request: CreateTokenRequest): Observable<CreatedAccessToken> {
    return this.http.post<CreatedAccessToken>(`${this.url}/tokens`, request, ownErrors());
  }

  revokeToken(tokenId: string): Observable<void> {
    return this.http.delete<void>(`${this.url}/tokens/${segment(tokenId)}`);
  }
}
