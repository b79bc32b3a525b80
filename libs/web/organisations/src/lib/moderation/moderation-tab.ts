import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  FLAG_STATES,
  MODERATION_KINDS,
  type FlagState,
  type ModerationKind,
  type ModerationQueueItem,
} from '@crowdforge/contracts';
import { ModerationApi, injectErrorText } from '@crowdforge/web-identity-data/api';
import { EmptyState, ErrorState, LoadingState } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrganisationContext } from '../shared/organisation-context';
import { ModerationLogSection } from './moderation-log-section';
import { QueueItem } from './queue-item';
import { SuspensionsSection } from './suspensions-section';

interface ChallengeOption {
  id: string;
  title: string;
}

/**
 * The organisation's moderation: flagged ideas and comments filtered by challenge, state and kind,
 * with the moderators' actions; the suspensions; and the log of every moderation action.
 */
@Component({
  selector: 'cf-moderation-tab',
  imports: [
    EmptyState,
    ErrorState,
    LoadingState,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    ModerationLogSection,
    QueueItem,
    SuspensionsSection,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="queue-heading" data-testid="moderation-queue">
      <h2 id="queue-heading">{{ 'moderation.queue.title' | transloco }}</h2>
      <p class="cf-muted intro">{{ 'moderation.queue.lead' | transloco }}</p>
      <div class="filters" data-testid="queue-filters">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'moderation.queue.challenge' | transloco }}</mat-label>
          <mat-select [value]="challengeId()" (valueChange)="challengeId.set($event)" data-testid="queue-challenge">
            <mat-option value="">{{ 'moderation.queue.allChallenges' | transloco }}</mat-option>
            @for (challenge of challenges(); track challenge.id) {
              <mat-option [value]="challenge.id">{{ challenge.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'moderation.queue.state' | transloco }}</mat-label>
          <mat-select [value]="state()" (valueChange)="state.set($event)" data-testid="queue-state">
            @for (option of states; track option) {
              <mat-option [value]="option">{{ 'moderation.states.' + option | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'moderation.queue.kind' | transloco }}</mat-label>
          <mat-select [value]="kind()" (valueChange)="kind.set($event)" data-testid="queue-kind">
            <mat-option value="">{{ 'moderation.queue.allKinds' | transloco }}</mat-option>
            @for (option of kinds; track option) {
              <mat-option [value]="option">{{ 'moderation.kinds.' + option | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      @if (queue.error()) {
        <cf-error-state [message]="errorText(queue.error())" (retry)="queue.reload()" />
      } @else if (queue.hasValue()) {
        @if (queue.value().length) {
          <ol class="queue">
            @for (item of queue.value(); track item.objectId) {
              <li>
                <cf-queue-item [organisationId]="context.id()" [item]="item" (decided)="changed()" />
              </li>
            }
          </ol>
        } @else {
          <cf-empty-state
            icon="task_alt"
            [title]="'moderation.queue.emptyTitle' | transloco"
            [message]="'moderation.queue.empty' | transloco"
            data-testid="queue-empty"
          />
        }
      } @else {
        <cf-loading-state />
      }
    </section>
    <cf-suspensions-section [organisationId]="context.id()" [version]="version()" />
    <cf-moderation-log-section [organisationId]="context.id()" [version]="version()" />
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--cf-space-6);
    }
    h2 {
      margin: 0 0 var(--cf-space-1);
    }
    .intro {
      margin: 0 0 var(--cf-space-4);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-3);
      margin-block-end: var(--cf-space-4);
    }
    .filters mat-form-field {
      flex: 1 1 12rem;
    }
    .queue {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .queue > li {
      padding-block: var(--cf-space-4);
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class ModerationTab {
  private readonly api = inject(ModerationApi);
  protected readonly context = inject(OrganisationContext);
  protected readonly errorText = injectErrorText();
  protected readonly states = FLAG_STATES;
  protected readonly kinds = MODERATION_KINDS;

  protected readonly challengeId = signal('');
  protected readonly state = signal<FlagState>('open');
  protected readonly kind = signal<ModerationKind | ''>('');
  /** Counts decisions, so the suspensions and the log below are read again. */
  protected readonly version = signal(0);

  protected readonly queue = rxResource({
    params: () => ({
      organisationId: this.context.id(),
      filter: { challengeId: this.challengeId(), state: this.state(), kind: this.kind() || undefined },
    }),
    stream: ({ params }) => this.api.queue(params.organisationId, params.filter),
  });

  /** The challenges seen in the queue so far: choosing one must not make the others disappear from the list. */
  private readonly seenChallenges = linkedSignal<ModerationQueueItem[] | undefined, Map<string, string>>({
    source: () => (this.queue.hasValue() ? this.queue.value() : undefined),
    computation: (items, previous) => {
      const seen = new Map(previous?.value ?? []);
      for (const item of items ?? []) seen.set(item.challengeId, item.challengeTitle);
      return seen;
    },
  });
  protected readonly challenges = computed<ChallengeOption[]>(() =>
    [...this.seenChallenges()].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)),
  );

  protected changed(): void {
    this.queue.reload();
    this.version.update((version) => version + 1);
  }
}
