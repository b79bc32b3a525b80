import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { DOCUMENT, ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { ChallengePage } from '@crowdforge/contracts';
import { API_BASE_PATH, HealthService, PlatformStatus, SKIP_ERROR_TOAST } from '@crowdforge/web-core';
import { ChallengeCard, EmptyState, LoadingState } from '@crowdforge/web-ui';
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
  imports: [ChallengeCard, EmptyState, LoadingState, MatAnchor, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly document = inject(DOCUMENT);
  private readonly http = inject(HttpClient);
  private readonly challengesUrl = `${inject(API_BASE_PATH)}/v1/challenges`;

  protected readonly status = toSignal(
    inject(HealthService).platformStatus().pipe(startWith<PlatformStatus | 'checking'>('checking')),
    { requireSync: true },
  );

  /** Up to three open challenges, the one closing first on top. A failure is shown in the section, not as a toast. */
  protected readonly openChallenges = rxResource({
    stream: () =>
      this.http.get<ChallengePage>(this.challengesUrl, {
        params: new HttpParams().set('stage', 'open').set('sort', 'closing_soon').set('limit', 3),
        context: new HttpContext().set(SKIP_ERROR_TOAST, true),
      }),
  });
  protected readonly challenges = computed(() =>
    this.openChallenges.hasValue() ? this.openChallenges.value().items : null,
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
