import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { IdeaDetail } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { injectSubmission } from '@crowdforge/web-ui';
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
 * join or build on one instead of repeating it. Each opens in a new tab to keep the draft at hand;
 * once the draft is saved, "Build on it" links the draft to a suggestion.
 */
@Component({
  selector: 'cf-similar-ideas-panel',
  imports: [IdeaStatusChip, MatButton, RouterLink, TranslocoPipe],
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
                  @if (editing(); as current) {
                    @if (buildsOn().has(idea.id)) {
                      <span class="built" data-testid="similar-built-on">{{
                        'ideas.similar.builtOn' | transloco
                      }}</span>
                    } @else {
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="submission.busy()"
                        (click)="buildOn(current, idea.id)"
                        data-testid="similar-build-on"
                      >
                        {{ 'ideas.similar.buildOn' | transloco }}
                      </button>
                    }
                  }
                </li>
              }
            </ul>
            @if (submission.failure(); as failure) {
              <p class="error" role="alert">{{ failure }}</p>
            }
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
    .built {
      font: var(--mat-sys-label-large);
      color: var(--cf-color-success);
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
  /** The idea being edited (null before its first save), never suggested to itself. */
  readonly editing = input<IdeaDetail | null>(null);
  readonly form = input.required<IdeaForm>();
  /** The edited idea now builds on a suggestion. */
  readonly changed = output<IdeaDetail>();

  protected readonly submission = injectSubmission(injectErrorText());
  /** Only another idea being edited asks again, not every save of this one. */
  private readonly editingId = computed(() => this.editing()?.id ?? null);
  protected readonly buildsOn = computed(() => new Set(this.editing()?.lineage.buildsOn.map((other) => other.id)));

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
        ? { challengeId: this.challengeId(), text: this.text().slice(0, 700), except: this.editingId() }
        : undefined,
    stream: ({ params }) => this.api.similar(params.challengeId, params.text, params.except),
  });

  protected async buildOn(idea: IdeaDetail, buildsOnId: string): Promise<void> {
    await this.submission.send(this.api.buildOn(idea.id, buildsOnId, true), 'ideas.lineage.linked', (updated) =>
      this.changed.emit(updated),
    );
  }
}
