import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { SessionStore, UnreadNotifications } from '@crowdforge/web-identity-data';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { AccountMenu } from './account-menu';

/** Pages after which signing in should not return to them. */
const NO_RETURN = ['/', '/sign-in', '/sign-up', '/verify-email', '/forgot-password', '/reset-password'];

/**
 * The right end of the header: "Sign in" and "Sign up" for visitors; the inbox bell and the
 * account menu (loaded on demand) for signed-in people. Empty until the session is known.
 */
@Component({
  selector: 'cf-account-area',
  imports: [AccountMenu, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.loaded()) {
      @if (session.user(); as user) {
        <a
          class="bell"
          routerLink="/inbox"
          data-testid="inbox-bell"
          [attr.aria-label]="
            unread() > 0 ? ('session.inboxUnread' | transloco: { count: unread() }) : ('session.inbox' | transloco)
          "
        >
          <mat-icon svgIcon="notifications" aria-hidden="true" />
          @if (unread() > 0) {
            <span class="badge" data-testid="inbox-unread" aria-hidden="true">{{ badge() }}</span>
          }
        </a>
        @defer (on immediate) {
          <cf-account-menu [user]="user" [unread]="unread()" />
        } @placeholder {
          <span class="menu-placeholder" aria-hidden="true"></span>
        }
      } @else {
        <a class="link sign-in" routerLink="/sign-in" [queryParams]="returnParams()" data-testid="sign-in-link">
          <mat-icon svgIcon="login" aria-hidden="true" />
          {{ 'session.signIn' | transloco }}
        </a>
        <a class="link sign-up" routerLink="/sign-up" data-testid="sign-up-link">{{ 'session.signUp' | transloco }}</a>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: var(--cf-space-2);
      min-block-size: 2.75rem;
    }
    .link {
      display: inline-flex;
      align-items: center;
      gap: var(--cf-space-1);
      min-block-size: 2.5rem;
      padding-inline: var(--cf-space-4);
      border-radius: var(--cf-radius-pill);
      font: var(--mat-sys-label-large);
      text-decoration: none;
      white-space: nowrap;
    }
    .link mat-icon {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }
    .sign-in {
      color: var(--mat-sys-primary);
      border: 1px solid var(--mat-sys-outline);
    }
    .sign-in:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .sign-up {
      color: var(--mat-sys-on-primary);
      background: var(--mat-sys-primary);
    }
    .sign-up:hover {
      background: color-mix(in srgb, var(--mat-sys-primary) 88%, black);
    }
    .bell {
      position: relative;
      display: grid;
      place-items: center;
      inline-size: 2.75rem;
      block-size: 2.75rem;
      border-radius: 50%;
      color: var(--mat-sys-on-surface-variant);
    }
    .bell:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .badge {
      position: absolute;
      inset-block-start: 4px;
      inset-inline-end: 2px;
      min-inline-size: 1.25rem;
      padding-inline: 4px;
      border-radius: var(--cf-radius-pill);
      font: 700 0.75rem/1.25rem var(--mat-sys-label-small-font);
      text-align: center;
      color: var(--mat-sys-on-error);
      background: var(--mat-sys-error);
    }
    .menu-placeholder {
      inline-size: 2.75rem;
      block-size: 2.75rem;
    }
    @media (max-width: 40rem) {
      .sign-up {
        display: none;
      }
      .link {
        padding-inline: var(--cf-space-3);
      }
    }
  `,
})
export class AccountArea {
  protected readonly session = inject(SessionStore);
  private readonly notifications = inject(UnreadNotifications);
  private readonly router = inject(Router);

  protected readonly unread = this.notifications.unread;
  protected readonly badge = computed(() => (this.unread() > 99 ? '99+' : String(this.unread())));

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** "Sign in" brings people back to the page they were on. */
  protected readonly returnParams = computed(() => {
    const url = this.url();
    const path = url.split(/[?#]/)[0];
    return NO_RETURN.includes(path) ? {} : { returnUrl: url };
  });

  constructor() {
    this.notifications.start();
  }
}
