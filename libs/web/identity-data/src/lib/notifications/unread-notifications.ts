import { DOCUMENT, DestroyRef, Injectable, Injector, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { EMPTY, Observable, catchError, filter, map, merge, switchMap, tap, timer } from 'rxjs';
import { NotificationsApi } from './notifications.api';
import { SessionStore } from '../session/session.store';

/** How often the unread count is asked for while someone is signed in. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The number of unread notifications, for the bell in the header. While someone is signed in
 * it is asked for at once, every minute and after every navigation (not while the tab is
 * hidden); failures are quiet, the count just stays as it was.
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly count = signal(0);
  private started = false;

  readonly unread = this.count.asReadonly();

  /** Starts following the count (idempotent). */
  start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    toObservable(this.session.signedIn, { injector: this.injector })
      .pipe(
        switchMap((signedIn) => (signedIn ? this.poll() : this.reset())),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((unread) => this.count.set(unread));
  }

  /** Asks for the count now (e.g. after reading notifications on the inbox page). */
  refresh(): void {
    this.fetch().subscribe((unread) => this.count.set(unread));
  }

  /** Sets the count from an answer that already holds it (an inbox page). */
  set(unread: number): void {
    this.count.set(Math.max(0, unread));
  }

  private poll(): Observable<number> {
    const navigations = this.router.events.pipe(filter((event) => event instanceof NavigationEnd));
    return merge(timer(0, UNREAD_POLL_MS), navigations).pipe(
      filter(() => this.document.visibilityState !== 'hidden'),
      switchMap(() => this.fetch()),
    );
  }

  private reset(): Observable<number> {
    return EMPTY.pipe(tap({ subscribe: () => this.count.set(0) }));
  }

  private fetch(): Observable<number> {
    return this.api.list({ limit: 1, unread: true }).pipe(
      map((page) => page.unread),
      catchError(() => EMPTY),
    );
  }
}
