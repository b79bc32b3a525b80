import { ChangeDetectionStrategy, Component, Injector, computed, inject, input } from '@angular/core';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import type { CurrentUser } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { TranslocoPipe } from '@jsverse/transloco';

/** The signed-in person's menu: who they are, their pages, and signing out. Loaded on demand. */
@Component({
  selector: 'cf-account-menu',
  imports: [MatDivider, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="trigger" data-testid="account-menu-button" [matMenuTriggerFor]="menu">
      <span class="avatar" aria-hidden="true">{{ initials() }}</span>
      <span class="name">{{ user().displayName }}</span>
      <span class="cf-visually-hidden">{{ 'session.accountMenu' | transloco }}</span>
      <mat-icon class="chevron" svgIcon="keyboard_arrow_down" aria-hidden="true" />
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <div class="who" data-testid="account-menu-who">
        <span class="who-name">{{ user().displayName }}</span>
        <span class="who-email">{{ user().email }}</span>
      </div>
      <mat-divider />
      <a mat-menu-item routerLink="/organisations" data-testid="menu-organisations">
        <mat-icon svgIcon="corporate_fare" aria-hidden="true" />
        <span>{{ 'session.myOrganisations' | transloco }}</span>
      </a>
      <a mat-menu-item routerLink="/account" data-testid="menu-account">
        <mat-icon svgIcon="person" aria-hidden="true" />
        <span>{{ 'session.account' | transloco }}</span>
      </a>
      <a mat-menu-item routerLink="/inbox" data-testid="menu-inbox">
        <mat-icon svgIcon="notifications" aria-hidden="true" />
        <span>{{ 'session.inbox' | transloco }}</span>
        @if (unread() > 0) {
          <span class="count">{{ unread() }}</span>
        }
      </a>
      @if (user().isPlatformAdmin) {
        <a mat-menu-item routerLink="/admin/outbox" data-testid="menu-outbox">
          <mat-icon svgIcon="outbox" aria-hidden="true" />
          <span>{{ 'session.outbox' | transloco }}</span>
        </a>
      }
      <mat-divider />
      <button mat-menu-item type="button" data-testid="menu-sign-out" (click)="signOut()">
        <mat-icon svgIcon="logout" aria-hidden="true" />
        <span>{{ 'session.signOut' | transloco }}</span>
      </button>
    </mat-menu>
  `,
  styles: `
    .trigger {
      display: inline-flex;
      align-items: center;
      gap: var(--cf-space-2);
      min-block-size: 2.75rem;
      max-inline-size: 16rem;
      padding: 2px var(--cf-space-2) 2px 2px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--cf-radius-pill);
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface);
      background: transparent;
      cursor: pointer;
    }
    .trigger:hover,
    .trigger[aria-expanded='true'] {
      background: var(--mat-sys-surface-container-high);
    }
    .avatar {
      display: grid;
      flex: none;
      place-items: center;
      inline-size: 2.25rem;
      block-size: 2.25rem;
      border-radius: 50%;
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .who {
      display: flex;
      flex-direction: column;
      padding: var(--cf-space-2) var(--cf-space-4) var(--cf-space-3);
    }
    .who-name {
      font: var(--mat-sys-title-small);
    }
    .who-email {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .count {
      margin-inline-start: var(--cf-space-2);
      padding-inline: 6px;
      border-radius: var(--cf-radius-pill);
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-error);
      background: var(--mat-sys-error);
    }
    @media (max-width: 40rem) {
      .name {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      .chevron {
        display: none;
      }
      .trigger {
        padding: 2px;
      }
    }
  `,
})
export class AccountMenu {
  readonly user = input.required<CurrentUser>();
  readonly unread = input(0);

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly initials = computed(() => initialsOf(this.user().displayName));

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/');
    // The UI library (toasts) stays out of the first download; it loads here, once needed.
    const { ToastService } = await import('@crowdforge/web-ui');
    this.injector.get(ToastService).success('session.signedOut');
  }
}

/** Up to two initials of a name: "Ada Lovelace" → "AL". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0]?.toUpperCase() ?? '').join('') || '?';
}
