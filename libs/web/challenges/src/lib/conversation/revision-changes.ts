import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ErrorState, LoadingState } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConversationApi } from '../data/conversation.api';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

/** What one revision changed, word by word: removed words struck through, added ones marked. */
@Component({
  selector: 'cf-revision-changes',
  imports: [ErrorState, LoadingState, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (revision.error()) {
      <cf-error-state [message]="errorText(revision.error())" (retry)="revision.reload()" />
    } @else if (revision.hasValue()) {
      @for (change of revision.value().changes; track change.field) {
        <div class="change" data-testid="revision-change">
          <p class="field">{{ 'challenges.conversation.fields.' + change.field | transloco }}</p>
          <p class="text">
            @for (part of change.parts; track $index) {
              @switch (part.kind) {
                @case ('added') {
                  <ins>{{ part.text }}</ins>
                }
                @case ('removed') {
                  <del>{{ part.text }}</del>
                }
                @default {
                  <span>{{ part.text }}</span>
                }
              }
            }
          </p>
        </div>
      } @empty {
        <p>{{ 'challenges.conversation.revisions.first' | transloco }}</p>
      }
    } @else {
      <cf-loading-state [diameter]="24" />
    }
  `,
  styles: `
    .field {
      margin: var(--cf-space-2) 0 0;
      font: var(--mat-sys-label-large);
    }
    .text {
      margin: var(--cf-space-1) 0 0;
      white-space: pre-wrap;
    }
    ins {
      background: color-mix(in srgb, var(--mat-sys-primary) 18%, transparent);
      text-decoration: none;
    }
    del {
      background: color-mix(in srgb, var(--mat-sys-error) 15%, transparent);
    }
    /* A replaced word: keep the old and the new apart. */
    del + ins {
      margin-inline-start: 0.25em;
    }
  `,
})
export class RevisionChanges {
  private readonly api = inject(ConversationApi);
  protected readonly errorText = injectErrorText();

  readonly challengeId = input.required<string>();
  readonly number = input.required<number>();

  protected readonly revision = rxResource({
    params: () => ({ id: this.challengeId(), number: this.number() }),
    stream: ({ params }) => this.api.revision(params.id, params.number),
  });
}
