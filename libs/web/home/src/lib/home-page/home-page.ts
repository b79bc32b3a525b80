import { DOCUMENT, ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { HealthService, PlatformStatus } from '@crowdforge/web-core';
import { EmptyState } from '@crowdforge/web-ui';
import type { IconName } from '@crowdforge/web-ui/icons';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith } from 'rxjs';

interface ValueProp {
  key: 'precise' | 'buildOn' | 'feedback';
  icon: IconName;
}

interface Step {
  key: 'challenge' | 'ideas' | 'review' | 'decision';
  icon: IconName;
}

/** The landing page: what Crowdforge is, how it works, and the open challenges. */
@Component({
  selector: 'cf-home-page',
  imports: [EmptyState, MatAnchor, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly document = inject(DOCUMENT);

  protected readonly status = toSignal(
    inject(HealthService).platformStatus().pipe(startWith<PlatformStatus | 'checking'>('checking')),
    { requireSync: true },
  );

  protected readonly steps: readonly Step[] = [
    { key: 'challenge', icon: 'edit_note' },
    { key: 'ideas', icon: 'groups' },
    { key: 'review', icon: 'fact_check' },
    { key: 'decision', icon: 'campaign' },
  ];

  protected readonly values: readonly ValueProp[] = [
    { key: 'precise', icon: 'rule' },
    { key: 'buildOn', icon: 'diversity_3' },
    { key: 'feedback', icon: 'mark_chat_read' },
  ];

  /** In-page links move keyboard focus along with the scroll position. */
  protected focusSection(id: string): void {
    this.document.getElementById(id)?.focus({ preventScroll: true });
  }
}
