import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SessionStore } from '@crowdforge/web-identity-data';
import { TranslocoPipe } from '@jsverse/transloco';
import { APP_NAV_ITEMS } from './app.nav';
import { AppFooter } from './layout/app-footer';
import { AppHeader } from './layout/app-header';

@Component({
  selector: 'cf-root',
  imports: [AppFooter, AppHeader, RouterOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  /** Pages that need an account are listed once someone is signed in. */
  protected readonly navItems = computed(() =>
    APP_NAV_ITEMS.filter((item) => !item.signedIn || this.session.signedIn()),
  );

  /** Moves focus (not just the scroll position) to the main content. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
