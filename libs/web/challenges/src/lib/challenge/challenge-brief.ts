import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BRIEF_SECTIONS, type ChallengeDetail } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { criterionShares } from '../shared/criterion-shares';

/**
 * The brief as participants read it: its sections (HTML the API rendered from markdown and
 * sanitised), the objective's target, the criteria ideas are judged by, the licence, and the
 * people behind the challenge.
 */
@Component({
  selector: 'cf-challenge-brief',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = challenge();
    @for (part of sections(); track part.section) {
      <section
        class="part"
        [attr.aria-labelledby]="'brief-' + part.section"
        [attr.data-testid]="'brief-' + part.section"
      >
        <h2 [id]="'brief-' + part.section">{{ 'challenges.brief.' + part.section | transloco }}</h2>
        @if (part.html) {
          <div class="markdown" [innerHTML]="part.html"></div>
        }
        @if (part.section === 'objectives' && item.objectiveTarget) {
          <p class="target" data-testid="objective-target">
            <strong>{{ 'challenges.brief.target' | transloco }}</strong> {{ item.objectiveTarget }}
          </p>
        }
      </section>
    }

    @if (criteria().length > 0) {
      <section class="part" aria-labelledby="brief-criteria">
        <h2 id="brief-criteria">{{ 'challenges.criteria.title' | transloco }}</h2>
        <p class="cf-muted">{{ 'challenges.criteria.lead' | transloco }}</p>
        <ul class="criteria" data-testid="criteria">
          @for (criterion of criteria(); track $index) {
            <li class="criterion" data-testid="criterion">
              <div class="criterion-head">
                <h3>{{ criterion.name }}</h3>
                <span class="share" data-testid="criterion-share">{{
                  'challenges.criteria.share' | transloco: { share: criterion.share }
                }}</span>
              </div>
              <span class="bar" aria-hidden="true"><span [style.inline-size.%]="criterion.share"></span></span>
              @if (criterion.guidance) {
                <p>{{ criterion.guidance }}</p>
              }
            </li>
          }
        </ul>
      </section>
    }

    <section class="part" id="licence" tabindex="-1" aria-labelledby="brief-licence" data-testid="licence">
      <h2 id="brief-licence">{{ 'challenges.licence.title' | transloco }}</h2>
      <p class="licence-kind">
        <strong>{{ 'challenges.licence.kinds.' + item.licence.kind | transloco }}</strong> ·
        {{ 'challenges.licence.version' | transloco: { version: item.licence.version } }}
      </p>
      @if (item.licence.text) {
        <p class="licence-text">{{ item.licence.text }}</p>
      }
    </section>

    @if (item.sponsor || item.contacts.length > 0) {
      <section class="part" aria-labelledby="brief-people" data-testid="people">
        <h2 id="brief-people">{{ 'challenges.people.title' | transloco }}</h2>
        <ul class="people">
          @if (item.sponsor; as sponsor) {
            <li>
              <span class="person-name">{{ sponsor.name }}</span>
              <span class="cf-muted">{{ sponsor.title }} · {{ 'challenges.people.sponsor' | transloco }}</span>
            </li>
          }
          @for (contact of item.contacts; track $index) {
            <li>
              <span class="person-name">{{ contact.name }}</span>
              <span class="cf-muted">{{ contact.role }}</span>
              @if (contact.email) {
                <a [href]="'mailto:' + contact.email">{{ contact.email }}</a>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './challenge-brief.scss',
})
export class ChallengeBrief {
  readonly challenge = input.required<ChallengeDetail>();

  /** The sections that say something; objectives also stand for the target alone. */
  protected readonly sections = computed(() => {
    const { brief, objectiveTarget } = this.challenge();
    return BRIEF_SECTIONS.map((section) => ({ section, html: brief[section].html.trim() })).filter(
      ({ section, html }) => html || (section === 'objectives' && objectiveTarget),
    );
  });
  protected readonly criteria = computed(() => {
    const criteria = this.challenge().criteria;
    const shares = criterionShares(criteria.map((criterion) => criterion.weight));
    return criteria.map((criterion, index) => ({ ...criterion, share: shares[index] }));
  });
}
