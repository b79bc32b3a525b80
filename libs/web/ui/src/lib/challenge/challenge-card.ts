import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { ChallengeSummary } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrgBadge } from '../brand/org-badge';
import { LocalDatePipe } from '../date/date.pipe';
import { brandOf, keyDateOf } from './challenge-display';
import { ChallengeTags } from './challenge-tags';

/**
 * A challenge in a list (browse, home page): cover, who runs it, title linking to it, tagline,
 * stage, themes, the key date and the live figures. The whole card is the link's click area.
 */
@Component({
  selector: 'cf-challenge-card',
  imports: [ChallengeTags, LocalDatePipe, MatIcon, OrgBadge, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'challenge-card', '[style.--cf-brand]': 'brand().colour' },
  template: `
    @let item = challenge();
    @if (item.coverImageUrl) {
      <img class="cover" [src]="item.coverImageUrl + '?size=medium'" alt="" loading="lazy" />
    }
    <div class="body">
      <p class="brand" data-testid="challenge-card-brand">
        <cf-org-badge [name]="brand().name" [brandColour]="brand().colour" [logoUrl]="brand().logoUrl" size="1.75rem" />
        <span>{{ brand().name }}</span>
      </p>
      <p class="title" role="heading" [attr.aria-level]="headingLevel()">
        <a class="stretched" [routerLink]="['/challenges', item.id]" data-testid="challenge-card-link">{{
          item.title
        }}</a>
      </p>
      @if (item.tagline) {
        <p class="tagline">{{ item.tagline }}</p>
      }
      <cf-challenge-tags [stage]="item.stage" [themes]="item.themes" />
      @if (keyDate(); as key) {
        <p class="date" data-testid="challenge-card-date">
          <mat-icon svgIcon="event" aria-hidden="true" />
          {{ 'challenges.keyDate.' + key.kind | transloco: { date: (key.date | cfDate) } }}
        </p>
      }
      @if (item.figures; as figures) {
        <dl class="figures" data-testid="challenge-card-figures">
          <div>
            <dt><mat-icon svgIcon="lightbulb" aria-hidden="true" />{{ 'challenges.figures.ideas' | transloco }}</dt>
            <dd>{{ figures.ideas }}</dd>
          </div>
          <div>
            <dt><mat-icon svgIcon="groups" aria-hidden="true" />{{ 'challenges.figures.participants' | transloco }}</dt>
            <dd>{{ figures.participants }}</dd>
          </div>
          <div>
            <dt><mat-icon svgIcon="how_to_vote" aria-hidden="true" />{{ 'challenges.figures.votes' | transloco }}</dt>
            <dd>{{ figures.votes }}</dd>
          </div>
        </dl>
      }
    </div>
  `,
  styleUrl: './challenge-card.scss',
})
export class ChallengeCard {
  readonly challenge = input.required<ChallengeSummary>();
  /** Level of the title in the page outline. */
  readonly headingLevel = input<2 | 3>(2);

  protected readonly brand = computed(() => brandOf(this.challenge()));
  protected readonly keyDate = computed(() => keyDateOf(this.challenge()));
}
