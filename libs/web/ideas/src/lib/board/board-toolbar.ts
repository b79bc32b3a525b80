import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { IDEA_SORTS, IDEA_STATUSES, VOTE_SORTS } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import type { BoardQuery } from './board-query';

/** Typing pauses this long before the search runs. */
export const BOARD_SEARCH_PAUSE_MS = 300;

/** Search, status filter, order and the choice between cards and a table. */
@Component({
  selector: 'cf-board-toolbar',
  imports: [
    MatButtonToggle,
    MatButtonToggleGroup,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="search" [attr.aria-label]="'ideas.board.filtersLabel' | transloco">
      <mat-form-field class="search" subscriptSizing="dynamic">
        <mat-label>{{ 'ideas.board.search' | transloco }}</mat-label>
        <mat-icon matPrefix svgIcon="search" aria-hidden="true" />
        <input matInput type="search" [formControl]="search" enterkeyhint="search" data-testid="board-search" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'ideas.board.status' | transloco }}</mat-label>
        <mat-select
          [value]="query().status ?? ''"
          (selectionChange)="changed.emit({ status: $event.value || undefined })"
          data-testid="board-status"
        >
          <mat-option value="">{{ 'ideas.board.anyStatus' | transloco }}</mat-option>
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ 'ideas.status.' + status | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'ideas.board.sort' | transloco }}</mat-label>
        <mat-select
          [value]="query().sort"
          (selectionChange)="changed.emit({ sort: $event.value })"
          data-testid="board-sort"
        >
          @for (sort of sorts(); track sort) {
            <mat-option [value]="sort">{{ 'ideas.board.sorts.' + sort | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-button-toggle-group
        class="view"
        [value]="query().view"
        (change)="changed.emit({ view: $event.value })"
        [attr.aria-label]="'ideas.board.view' | transloco"
        hideSingleSelectionIndicator
        data-testid="board-view"
      >
        <mat-button-toggle value="cards" [aria-label]="'ideas.board.cards' | transloco" data-testid="board-view-cards">
          <mat-icon svgIcon="grid_view" aria-hidden="true" />
        </mat-button-toggle>
        <mat-button-toggle value="list" [aria-label]="'ideas.board.list' | transloco" data-testid="board-view-list">
          <mat-icon svgIcon="view_list" aria-hidden="true" />
        </mat-button-toggle>
      </mat-button-toggle-group>
    </div>
  `,
  styles: `
    .bar {
      display: grid;
      grid-template-columns: minmax(12rem, 1fr) 11rem 11rem auto;
      align-items: center;
      gap: var(--cf-space-3);
    }
    @media (max-width: 40rem) {
      .bar {
        grid-template-columns: 1fr 1fr auto;
      }
      .search {
        grid-column: 1 / -1;
      }
    }
  `,
})
export class BoardToolbar {
  readonly query = input.required<BoardQuery>();
  /** Top and trending, where the viewer sees the votes. */
  readonly voteSorts = input(false);
  readonly changed = output<Partial<BoardQuery>>();

  protected readonly statuses = IDEA_STATUSES;
  protected readonly sorts = computed(() =>
    this.voteSorts() ? IDEA_SORTS : IDEA_SORTS.filter((sort) => !VOTE_SORTS.includes(sort)),
  );
  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(
        map((q) => q.trim()),
        debounceTime(BOARD_SEARCH_PAUSE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.changed.emit({ q: q || undefined }));
    // Back and forward change the address: the box follows it.
    effect(() => {
      const q = this.query().q ?? '';
      untracked(() => {
        if (this.search.value.trim() !== q) this.search.setValue(q, { emitEvent: false });
      });
    });
  }
}
