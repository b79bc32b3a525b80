import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { CurrentUser, OrganisationRole, SessionInfo } from '@crowdforge/contracts';
import { firstValueFrom, timeout } from 'rxjs';
import { injectApiV1, ownErrors } from '../http/api-url';
import { SessionHint } from './session-hint';

/** How long the start-up check of the session may take before the app treats the visitor as anonymous. */
export const SESSION_LOAD_TIMEOUT_MS = 8000;

/** `idle`: not asked yet; `loading`: asking the API; `ready`: the answer (or its absence) is known. */
export type SessionStatus = 'idle' | 'loading' | 'ready';

/**
 * Who is signed in, as signals, and the CSRF token of the session. The session itself is an
 * httpOnly cookie set by the API; this store mirrors what `GET /session` says about it.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly hint = inject(SessionHint);
  private readonly url = `${injectApiV1()}/session`;

  private readonly currentUser = signal<CurrentUser | null>(null);
  private readonly token = signal<string | null>(null);
  private readonly state = signal<SessionStatus>('idle');
  private loading: Promise<void> | null = null;

  /** The signed-in person, or `null` for an anonymous visitor. */
  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  /** Sent back as `X-CSRF-Token` on state-changing requests (see `sessionInterceptor`). */
  readonly csrfToken = this.token.asReadonly();
  readonly status = this.state.asReadonly();
  /** True once it is known whether someone is signed in. */
  readonly loaded = computed(() => this.state() === 'ready');
  readonly isPlatformAdmin = computed(() => this.currentUser()?.isPlatformAdmin ?? false);

  /**
   * Asks the API once who is signed in. Never rejects and never blocks for long: when the API
   * is down or slow the visitor is treated as anonymous and the app keeps working.
   */
  load(): Promise<void> {
    this.loading ??= this.fetch(true);
    return this.loading;
  }

  /** Resolves once `load()` has an answer (starting it if needed); guards wait for this. */
  whenLoaded(): Promise<void> {
    return this.load();
  }

  /** Asks the API again (e.g. after joining an organisation). Never rejects. */
  refresh(): Promise<void> {
    const refreshing = this.fetch(false);
    this.loading = refreshing;
    return refreshing;
  }

  /** Signs in; errors (wrong password, unverified address, too many attempts) are the caller's to show. */
  async signIn(email: string, password: string): Promise<CurrentUser> {
    const session = await firstValueFrom(this.http.post<SessionInfo>(this.url, { email, password }, ownErrors()));
    this.apply(session);
    this.state.set('ready');
    return session.user;
  }

  /** Ends the session on the server and here. Here it ends even when the server cannot be reached. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.delete<void>(this.url, ownErrors()));
    } catch {
      // A session the server no longer knows is as good as ended.
    } finally {
      this.clear();
    }
  }

  /** Replaces the signed-in person's data, e.g. with the answer of `PATCH /me`. */
  setUser(user: CurrentUser): void {
    if (this.currentUser()) {
      this.currentUser.set(user);
    }
  }

  /** Forgets the session locally (signed out elsewhere, expired, or the account was deleted). */
  clear(): void {
    this.currentUser.set(null);
    this.token.set(null);
    this.hint.clear();
    this.state.set('ready');
  }

  /** The signed-in person's role in an organisation, if they are a member. */
  roleIn(organisationId: string): OrganisationRole | null {
    return this.currentUser()?.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
  }

  private async fetch(onlyWithHint: boolean): Promise<void> {
    if (onlyWithHint && !this.hint.present()) {
      this.state.set('ready');
      return;
    }
    if (this.state() !== 'ready') {
      this.state.set('loading');
    }
    try {
      const session = await firstValueFrom(
        this.http.get<SessionInfo>(this.url, ownErrors()).pipe(timeout(SESSION_LOAD_TIMEOUT_MS)),
      );
      this.apply(session);
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.clear();
      }
      // Otherwise the API is unreachable or slow: keep what we know and the hint, try again later.
    } finally {
      this.state.set('ready');
    }
  }

  private apply(session: SessionInfo): void {
    this.currentUser.set(session.user);
    this.token.set(session.csrfToken);
    this.hint.set();
  }
}
