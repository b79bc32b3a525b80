import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { IdeasApi } from '../data/ideas.api';
import { PANEL_STYLES } from '../shared/panel-styles';
import { IdeaStatusChip } from '../shared/status-chip';
import type { IdeaForm } from './idea-form';

/** Fewer characters than this say too little to compare. */
const MIN_TEXT = 3;
/** Waits for a pause in typing before asking. */
export const TYPING_PAUSE_MS = 400;

/**
 * While people type the title and pitch, the challenge's ideas that sound alike, so they can
 * join or build on one instead of repeating it. Each opens in a new tab to keep the draft at hand.
 */
@Component({
  selector: 'cf-similar-ideas-panel',
  imports: [IdeaStatusChip, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="similar-title" data-testid="similar-ideas">
      <h2 id="similar-title">{{ 'ideas.similar.title' | transloco }}</h2>
      <div aria-live="polite">
        @if (similar.hasValue()) {
          @let ideas = similar.value();
          @if (ideas.length > 0) {
            <p class="lead">{{ 'ideas.similar.lead' | transloco }}</p>
            <ul>
              @for (idea of ideas; track idea.id) {
                <li data-testid="similar-idea">
                  <a [routerLink]="['/ideas', idea.id]" target="_blank">{{ idea.title }}</a>
                  <cf-idea-status-chip [status]="idea.status" />
                  @if (idea.pitch) {
                    <p class="pitch">{{ idea.pitch }}</p>
                  }
                </li>
              }
            </ul>
          } @else {
            <p class="lead" data-testid="similar-none">{{ 'ideas.similar.none' | transloco }}</p>
          }
        } @else {
          <!-- Suggestions are a help, not a step: a failed lookup just leaves the hint. -->
          <p class="lead">{{ 'ideas.similar.hint' | transloco }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    ${PANEL_STYLES}
    ul {
      display: grid;
      gap: var(--cf-space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--cf-space-2);
    }
    li a {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .pitch {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
  `,
})
export class SimilarIdeasPanel {
  private readonly api = inject(IdeasApi);
  readonly challengeId = input.required<string>();
  /** The idea being edited, never suggested to itself. */
  readonly ideaId = input<string | null>(null);
  readonly form = input.required<IdeaForm>();

  private readonly text = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(form.getRawValue()),
          map((value) => `${value.title ?? ''} ${value.pitch ?? ''}`.trim()),
        ),
      ),
      debounceTime(TYPING_PAUSE_MS),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );

  protected readonly similar = rxResource({
    params: () =>
      this.text().length >= MIN_TEXT
        ? { challengeId: this.challengeId(), text: this.text().slice(0, 700), except: this.ideaId() }
        : undefined,
    stream: ({ params }) => this.api.similar(params.challengeId, params.text, params.except),
  });
}
