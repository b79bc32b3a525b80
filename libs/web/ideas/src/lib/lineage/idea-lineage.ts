import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { IdeaDetail, IdeaReference, IdeaSummary } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { IdeasApi } from '../data/ideas.api';
import { PANEL_STYLES } from '../shared/panel-styles';
import { IdeaStatusChip } from '../shared/status-chip';

const SEARCH_PAUSE_MS = 300;
const CHOICES = 8;

/**
 * Building on others: the ideas this one builds on and those that build on it. Authors who may
 * edit the idea add an idea of the same challenge it builds on, or take a link back.
 */
@Component({
  selector: 'cf-idea-lineage',
  imports: [
    IdeaStatusChip,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lineage = idea().lineage;
    <section class="cf-card" aria-labelledby="lineage-title" data-testid="idea-lineage">
      <h2 id="lineage-title">
        <mat-icon svgIcon="account_tree" aria-hidden="true" />
        {{ 'ideas.lineage.title' | transloco }}
      </h2>
      <ng-template #references let-ideas let-removable="removable" let-testId="testId">
        <ul>
          @for (other of ideas; track other.id) {
            <li [attr.data-testid]="testId">
              <a [routerLink]="['/ideas', other.id]">{{ other.title }}</a>
              <cf-idea-status-chip [status]="other.status" />
              @if (removable) {
                <button
                  mat-icon-button
                  type="button"
                  [disabled]="submission.busy()"
                  (click)="unlink(other)"
                  [attr.aria-label]="'ideas.lineage.remove' | transloco: { title: other.title }"
                  data-testid="lineage-remove"
                >
                  <mat-icon svgIcon="close" aria-hidden="true" />
                </button>
              }
            </li>
          }
        </ul>
      </ng-template>
      @if (lineage.buildsOn.length || editable()) {
        <h3>{{ 'ideas.lineage.buildsOn' | transloco }}</h3>
      }
      @if (lineage.buildsOn.length) {
        <ng-container
          *ngTemplateOutlet="
            references;
            context: { $implicit: lineage.buildsOn, removable: editable(), testId: 'builds-on' }
          "
        />
      } @else if (editable()) {
        <p class="lead">{{ 'ideas.lineage.buildsOnNone' | transloco }}</p>
      }
      @if (editable()) {
        <mat-form-field>
          <mat-label>{{ 'ideas.lineage.add' | transloco }}</mat-label>
          <input matInput [formControl]="search" [matAutocomplete]="picker" data-testid="lineage-search" />
        </mat-form-field>
        <mat-autocomplete #picker="matAutocomplete" [displayWith]="noText" (optionSelected)="link($event.option.value)">
          @for (choice of choices(); track choice.id) {
            <mat-option [value]="choice" data-testid="lineage-choice">{{ choice.title }}</mat-option>
          }
        </mat-autocomplete>
      }
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
      @if (lineage.builtOnBy.length) {
        <h3>{{ 'ideas.lineage.builtOnBy' | transloco }}</h3>
        <ng-container
          *ngTemplateOutlet="
            references;
            context: { $implicit: lineage.builtOnBy, removable: false, testId: 'built-on-by' }
          "
        />
      }
    </section>
  `,
  styles: `
    ${PANEL_STYLES}
    h2 {
      display: flex;
      align-items: center;
      gap: var(--cf-space-2);
    }
    h3 {
      margin: var(--cf-space-3) 0 var(--cf-space-2);
      font: var(--mat-sys-title-small);
    }
    ul {
      display: grid;
      gap: var(--cf-space-2);
      margin: 0 0 var(--cf-space-2);
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-2);
    }
    li a {
      overflow-wrap: anywhere;
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class IdeaLineage {
  private readonly api = inject(IdeasApi);
  protected readonly submission = injectSubmission(injectErrorText());

  readonly idea = input.required<IdeaDetail>();
  /** The reader is an author who may still change the idea. */
  readonly editable = input(false);
  readonly changed = output<IdeaDetail>();

  protected readonly search = new FormControl<string | IdeaSummary>('', { nonNullable: true });
  private readonly searchText = toSignal(
    this.search.valueChanges.pipe(map((value) => (typeof value === 'string' ? value.trim() : ''))),
    { initialValue: '' },
  );
  private readonly linked = computed(
    () => new Set([this.idea().id, ...this.idea().lineage.buildsOn.map((other) => other.id)]),
  );
  protected readonly choices = toSignal(
    toObservable(this.searchText).pipe(
      debounceTime(SEARCH_PAUSE_MS),
      distinctUntilChanged(),
      switchMap((q) =>
        q
          ? this.api.list(this.idea().challengeId, { q, limit: CHOICES + 1 }).pipe(
              map((page) => page.items),
              catchError(() => of<IdeaSummary[]>([])),
            )
          : of<IdeaSummary[]>([]),
      ),
      map((ideas) => ideas.filter((other) => !this.linked().has(other.id)).slice(0, CHOICES)),
    ),
    { initialValue: [] },
  );
  protected readonly noText = () => '';

  protected async link(other: IdeaSummary): Promise<void> {
    this.search.setValue('');
    await this.submission.send(this.api.buildOn(this.idea().id, other.id, true), 'ideas.lineage.linked', (idea) =>
      this.changed.emit(idea),
    );
  }

  protected async unlink(other: IdeaReference): Promise<void> {
    await this.submission.send(this.api.buildOn(this.idea().id, other.id, false), 'ideas.lineage.unlinked', (idea) =>
      this.changed.emit(idea),
    );
  }
}
