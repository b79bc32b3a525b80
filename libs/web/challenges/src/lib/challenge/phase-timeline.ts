import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PHASE_KINDS, type PhaseWindow } from '@crowdforge/contracts';
import { LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';

export type WindowStatus = 'open' | 'upcoming' | 'closed';

/** Where a phase window stands at `now`: the server's `open` flag decides, its dates tell the rest. */
export function windowStatus(window: PhaseWindow, now = Date.now()): WindowStatus {
  if (window.open) {
    return 'open';
  }
  const closed = window.closedAt !== null || (window.closesAt !== null && Date.parse(window.closesAt) <= now);
  return closed ? 'closed' : 'upcoming';
}

interface TimelineStep {
  window: PhaseWindow;
  status: WindowStatus;
  opens: string;
  closes: string | null;
}

/** The phase windows in order (submission, voting, review), each open, upcoming or closed, with its dates. */
@Component({
  selector: 'cf-phase-timeline',
  imports: [LocalDatePipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="steps" [attr.aria-label]="'challenges.timeline.label' | transloco" data-testid="phase-timeline">
      @for (step of steps(); track step.window.kind) {
        <li
          class="step"
          [attr.data-status]="step.status"
          [attr.aria-current]="step.status === 'open' ? 'step' : null"
          [attr.data-testid]="'phase-' + step.window.kind"
        >
          <span class="marker" aria-hidden="true"></span>
          <span class="name">{{ 'challenges.phase.' + step.window.kind | transloco }}</span>
          <span class="status" data-testid="phase-status">{{ 'challenges.timeline.' + step.status | transloco }}</span>
          <span class="dates">
            <time [attr.datetime]="step.opens">{{ step.opens | cfDate: 'dateTime' }}</time>
            –
            @if (step.closes) {
              <time [attr.datetime]="step.closes">{{ step.closes | cfDate: 'dateTime' }}</time>
            } @else {
              {{ 'challenges.timeline.openEnded' | transloco }}
            }
          </span>
        </li>
      } @empty {
        <li class="none">{{ 'challenges.timeline.none' | transloco }}</li>
      }
    </ol>
  `,
  styleUrl: './phase-timeline.scss',
})
export class PhaseTimeline {
  readonly windows = input.required<readonly PhaseWindow[]>();

  protected readonly steps = computed<TimelineStep[]>(() =>
    [...this.windows()]
      .sort((a, b) => PHASE_KINDS.indexOf(a.kind) - PHASE_KINDS.indexOf(b.kind))
      .map((window) => ({
        window,
        status: windowStatus(window),
        opens: window.openedAt ?? window.opensAt,
        closes: window.closedAt ?? window.closesAt,
      })),
  );
}
