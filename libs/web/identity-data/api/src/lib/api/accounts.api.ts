import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Language } from '@crowdforge/contracts';
import { Observable } from 'rxjs';
import { injectApiV1, ownErrors } from '@crowdforge/web-identity-data';

export interface SignUpRequest {
  email: string;
  password: string;
  displayName: string;
  language?: Language;
}

/**
 * Public account flows: sign up, confirm the address, reset a forgotten password. Each answers
 * the same whether or not an account exists, so nobody can probe for addresses. The pages show
 * the errors themselves (next to the fields), so these requests raise no toasts.
 */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${injectApiV1()}/accounts`;

  /** 202: a verification link is on its way (or a notice, when the address already has an account). */
  signUp(request: SignUpRequest): Observable<void> {
    return this.http.post<void>(this.url, request, ownErrors());
  }

  /** 204 when confirmed; 400 when the token is not valid or was used. */
  verifyEmail(token: string): Observable<void> {
    return this.http.post<void>(`${this.url}/verification`, { token }, ownErrors());
  }

  resendVerification(email: string): Observable<void> {
    return this.http.post<void>(`${this.url}/verification/resend`, { email }, ownErrors());
  }

  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<void>(`${this.url}/password-reset`, { email }, ownErrors());
  }

  /** 204 when the password changed; 400 for a bad token or a weak password (field `password`). */
  resetPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>(`${this.url}/password-reset/confirm`, { token, password }, ownErrors());
  }
}
