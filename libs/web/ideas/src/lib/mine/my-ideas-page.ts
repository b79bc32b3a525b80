import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import {
  EmptyState,
  ErrorState,
  LoadMore,
  LoadingState,
  LocalDatePipe,
  keysetPages,
  PageHeader,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeasApi } from '../data/ideas.api';
import { IdeaStatusChip } from '../shared/status-chip';

/**
 * Every idea I write or co-author, across challenges, newest first: where it stands and the
 * organisers' latest word on it. Drafts lead back to the editor.
 */
@Component({
  selector: 'cf-my-ideas-page',
  imports: [
    EmptyState,
    ErrorState,
    IdeaStatusChip,
    LoadMore,
    LoadingState,
    LocalDatePipe,
    MatAnchor,
    PageHeader,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container cf-page">
      <cf-page-header [title]="'ideas.mine.title' | transloco" [lead]="'ideas.mine.lead' | transloco" />
      @if (ideas.first.error()) {
        <cf-error-state [message]="errorText(ideas.first.error())" (retry)="ideas.first.reload()" />
      } @else if (ideas.first.hasValue()) {
        @if (ideas.items().length === 0) {
          <cf-empty-state
            icon="lightbulb"
            [headingLevel]="2"
            [title]="'ideas.mine.emptyTitle' | transloco"
            [message]="'ideas.mine.emptyMessage' | transloco"
          >
            <a mat-flat-button routerLink="/challenges">{{ 'ideas.mine.toChallenges' | transloco }}</a>
          </cf-empty-state>
        } @else {
          <ul class="ideas" data-testid="my-ideas">
            @for (idea of ideas.items(); track idea.id) {
              <li class="cf-card" data-testid="my-idea" [attr.data-status]="idea.status">
                <div class="top">
                  <cf-idea-status-chip [status]="idea.status" />
                  <a class="challenge" [routerLink]="['/challenges', idea.challengeId]" data-testid="my-idea-challenge">
                    {{ idea.challengeTitle }}
                  </a>
                </div>
                <h2>
                  <a [routerLink]="['/ideas', idea.id]" data-testid="my-idea-link">{{ idea.title }}</a>
                </h2>
                @if (idea.latestFeedback; as feedback) {
                  <figure class="feedback" data-testid="my-idea-feedback">
                    <blockquote>{{ feedback.message }}</blockquote>
                    <figcaption>
                      {{ 'ideas.mine.feedbackBy' | transloco: { name: feedback.by, date: (feedback.at | cfDate) } }}
                    </figcaption>
                  </figure>
                } @else if (idea.status !== 'draft') {
                  <p class="quiet">{{ 'ideas.mine.noFeedback' | transloco }}</p>
                }
                <p class="meta">
                  @if (idea.status === 'draft') {
                    <a [routerLink]="['/ideas', idea.id, 'edit']" data-testid="my-idea-continue">
                      {{ 'ideas.mine.continue' | transloco }}
                    </a>
                  } @else {
                    <span>{{ 'ideas.mine.submitted' | transloco: { date: (idea.submittedAt | cfDate) } }}</span>
                    <span>· {{ 'ideas.board.commentCount' | transloco: { count: idea.commentCount } }}</span>
                  }
                </p>
              </li>
            }
          </ul>
          <cf-load-more [pages]="ideas" [failure]="errorText(ideas.moreError())" />
        }
      } @else {
        <cf-loading-state />
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding-block-end: var(--cf-space-12);
    }
    .ideas {
      display: grid;
      gap: var(--cf-space-4);
      margin: 0;
      padding: 0;
      list-style: none;
      max-inline-size: 52rem;
    }
    .ideas > li {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-2);
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-3);
    }
    .challenge {
      font: var(--mat-sys-label-large);
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
      overflow-wrap: anywhere;
    }
    .feedback {
      margin: 0;
      padding: var(--cf-space-2) var(--cf-space-3);
      border-inline-start: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
    blockquote {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    figcaption,
    .quiet,
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .quiet,
    .meta {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-1);
    }
  `,
})
export class MyIdeasPage {
  private readonly api = inject(IdeasApi);
  protected readonly errorText = injectErrorText();

  protected readonly ideas = keysetPages({ params: () => ({}), load: (_params, cursor) => this.api.mine(cursor) });
}
