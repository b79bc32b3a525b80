import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Params, Router } from '@angular/router';
import { CHALLENGE_SORTS, type ChallengeStage, type ChallengeSummary } from '@crowdforge/contracts';
import { ChallengeCard, EmptyState, ErrorState, LoadingState, PageHeader } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { injectManagedOrganisations } from '../shared/managed-organisations';
import { type BrowseFilters, filtersFrom, hasFilters, queryOf, sortOf } from './browse-filters';
import { NewChallengeButton } from './new-challenge-button';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

export const BROWSE_PAGE_SIZE = 12;
/** Typing pauses this long before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

const PUBLIC_STAGES: readonly ChallengeStage[] = ['open', 'upcoming', 'closed'];

interface Option {
  value: string;
  label: string;
}

/** Finding challenges: search, filters and sort kept in the URL, results as cards, "Show more". */
@Component({
  selector: 'cf-browse-page',
  imports: [
    ChallengeCard,
    EmptyState,
    ErrorState,
    LoadingState,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatSelect,
    NewChallengeButton,
    PageHeader,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container cf-page">
      <cf-page-header [title]="'challenges.browse.title' | transloco" [lead]="'challenges.browse.lead' | transloco">
        <cf-new-challenge-button />
      </cf-page-header>

      <div class="filters" role="search" [attr.aria-label]="'challenges.browse.filtersLabel' | transloco">
        <mat-form-field class="search" subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.browse.search' | transloco }}</mat-label>
          <mat-icon matPrefix svgIcon="search" aria-hidden="true" />
          <input matInput type="search" [formControl]="search" enterkeyhint="search" data-testid="challenge-search" />
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.browse.stage' | transloco }}</mat-label>
          <mat-select
            [value]="filters().stage ?? ''"
            (selectionChange)="apply({ stage: $event.value })"
            data-testid="challenge-filter-stage"
          >
            <mat-option value="">{{ 'challenges.browse.anyStage' | transloco }}</mat-option>
            @for (stage of stages(); track stage) {
              <mat-option [value]="stage">{{ 'challenges.browse.stages.' + stage | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.browse.organisation' | transloco }}</mat-label>
          <mat-select
            [value]="filters().organisationId ?? ''"
            (selectionChange)="apply({ organisationId: $event.value })"
            data-testid="challenge-filter-organisation"
          >
            <mat-option value="">{{ 'challenges.browse.anyOrganisation' | transloco }}</mat-option>
            @for (option of organisations(); track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.browse.theme' | transloco }}</mat-label>
          <mat-select
            [value]="filters().theme ?? ''"
            (selectionChange)="apply({ theme: $event.value })"
            data-testid="challenge-filter-theme"
          >
            <mat-option value="">{{ 'challenges.browse.anyTheme' | transloco }}</mat-option>
            @for (option of themes(); track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.browse.sort' | transloco }}</mat-label>
          <mat-select [value]="sort()" (selectionChange)="apply({ sort: $event.value })" data-testid="challenge-sort">
            @for (sort of sorts; track sort) {
              <mat-option [value]="sort">{{ 'challenges.browse.sorts.' + sort | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>

      @if (page.error()) {
        <cf-error-state [message]="errorText(page.error())" (retry)="page.reload()" />
      } @else if (page.hasValue()) {
        <p class="count" role="status" data-testid="challenge-count">
          {{ 'challenges.browse.count' | transloco: { total: total() } }}
        </p>
        @if (items().length === 0) {
          <cf-empty-state
            icon="emoji_objects"
            [headingLevel]="2"
            [title]="(filtered() ? 'challenges.browse.noMatchTitle' : 'challenges.browse.emptyTitle') | transloco"
            [message]="(filtered() ? 'challenges.browse.noMatchMessage' : 'challenges.browse.emptyMessage') | transloco"
          >
            @if (filtered()) {
              <button mat-stroked-button type="button" (click)="clear()" data-testid="clear-filters">
                {{ 'challenges.browse.clear' | transloco }}
              </button>
            }
          </cf-empty-state>
        } @else {
          <ul class="grid" data-testid="challenge-list">
            @for (challenge of items(); track challenge.id) {
              <li><cf-challenge-card [challenge]="challenge" /></li>
            }
          </ul>
          @if (hasMore()) {
            <div class="more">
              @if (moreFailed()) {
                <p class="more-failed" role="alert">{{ 'challenges.browse.moreFailed' | transloco }}</p>
              }
              <button
                mat-stroked-button
                type="button"
                (click)="loadMore()"
                [disabled]="loadingMore()"
                data-testid="challenge-more"
              >
                {{ (loadingMore() ? 'ui.loading' : 'ui.loadMore') | transloco }}
              </button>
            </div>
          }
        }
      } @else {
        <cf-loading-state />
      }
    </div>
  `,
  styleUrl: './browse-page.scss',
})
export class BrowsePage {
  private readonly api = inject(ChallengesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly managed = injectManagedOrganisations();
  protected readonly errorText = injectErrorText();

  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(filtersFrom)), {
    requireSync: true,
  });
  protected readonly search = new FormControl(this.filters().q, { nonNullable: true });
  protected readonly sorts = CHALLENGE_SORTS;
  protected readonly sort = computed(() => sortOf(this.filters()));
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly stages = computed(() =>
    this.managed().length > 0 ? [...PUBLIC_STAGES, 'draft' as const] : PUBLIC_STAGES,
  );

  protected readonly page = rxResource({
    params: () => this.filters(),
    stream: ({ params }) => this.api.list(queryOf(params, BROWSE_PAGE_SIZE, 0)),
  });
  /** Pages after the first, appended by "Show more"; a new first page starts afresh. */
  private readonly more = signal<{ items: ChallengeSummary[]; total: number } | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailed = signal(false);
  protected readonly items = computed(() => [
    ...(this.page.hasValue() ? this.page.value().items : []),
    ...(this.more()?.items ?? []),
  ]);
  protected readonly total = computed(() => this.more()?.total ?? (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly hasMore = computed(() => this.items().length < this.total());

  /** Organisations to filter by: those in the results and my own, plus the one chosen. */
  protected readonly organisations = computed<Option[]>(() => {
    const options = new Map<string, string>();
    for (const item of this.items()) {
      options.set(item.organisation.id, item.organisation.name);
    }
    for (const membership of this.managed()) {
      options.set(membership.organisationId, membership.organisationName);
    }
    const chosen = this.filters().organisationId;
    if (chosen && !options.has(chosen)) {
      options.set(chosen, chosen);
    }
    return sortedOptions(options);
  });
  protected readonly themes = computed<Option[]>(() => {
    const options = new Map<string, string>();
    for (const theme of [...this.items().flatMap((item) => item.themes), this.filters().theme ?? '']) {
      if (theme) {
        options.set(theme, theme);
      }
    }
    return sortedOptions(options);
  });

  constructor() {
    this.search.valueChanges
      .pipe(
        map((q) => q.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.apply({ q }, true));
    // Back and forward change the URL: the box follows it.
    effect(() => {
      const q = this.filters().q;
      untracked(() => {
        if (this.search.value.trim() !== q) {
          this.search.setValue(q, { emitEvent: false });
        }
      });
    });
    effect(() => {
      this.filters();
      untracked(() => {
        this.more.set(null);
        this.moreFailed.set(false);
      });
    });
  }

  /** Puts changed filters into the URL (empty ones leave it); typing replaces the entry instead of adding one. */
  protected apply(changes: Partial<BrowseFilters>, replaceUrl = false): void {
    const queryParams: Params = {};
    for (const [name, value] of Object.entries(changes)) {
      queryParams[name] = value || null;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }

  protected clear(): void {
    this.search.setValue('', { emitEvent: false });
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected async loadMore(): Promise<void> {
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    const filters = this.filters();
    try {
      const next = await firstValueFrom(this.api.list(queryOf(filters, BROWSE_PAGE_SIZE, this.items().length)));
      if (filters === this.filters()) {
        this.more.update((more) => ({ items: [...(more?.items ?? []), ...next.items], total: next.total }));
      }
    } catch {
      this.moreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }
}

function sortedOptions(options: Map<string, string>): Option[] {
  return [...options].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}
