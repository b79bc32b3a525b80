import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import type { CommentView } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { MatDialog } from '@angular/material/dialog';
import { confirmAction, injectSubmission, LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { IdeaConversationApi } from '../data/idea-conversation.api';
import { FlagButton } from '../moderation/flag-button';
import { HiddenBanner } from '../moderation/hidden-banner';

/** What the person reading may do with comments in general; each comment narrows it down. */
export interface CommentPermissions {
  signedIn: boolean;
  /** The idea takes comments (submitted, not withdrawn or merged). */
  mayReply: boolean;
  /** An organiser of the challenge: marks staff comments official. */
  canManage: boolean;
  /** Sees hidden comments because they moderate the challenge. */
  canModerate: boolean;
}

/** One comment: what it says, who said it and when, its marks, and what the reader may do with it. */
@Component({
  selector: 'cf-comment-item',
  imports: [
    FlagButton,
    HiddenBanner,
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = comment();
    <article
      class="comment"
      [class.official]="item.official"
      [class.is-hidden]="item.hidden"
      [attr.aria-label]="'ideas.conversation.by' | transloco: { name: item.author.name }"
      data-testid="comment"
      [attr.data-comment-id]="item.id"
    >
      <header class="head">
        <span class="author" data-testid="comment-author">{{
          item.author.name || ('ideas.page.anonymous' | transloco)
        }}</span>
        @if (item.byStaff) {
          <span class="badge" data-testid="comment-staff">{{ 'ideas.conversation.staff' | transloco }}</span>
        }
        @if (item.official) {
          <span class="badge official-badge" data-testid="comment-official">
            <mat-icon svgIcon="verified_user" aria-hidden="true" />
            {{ 'ideas.conversation.official' | transloco }}
          </span>
        }
        <span class="meta">
          <time [attr.datetime]="item.createdAt">{{ item.createdAt | cfDate: 'dateTime' }}</time>
          @if (item.editedAt) {
            · <span data-testid="comment-edited">{{ 'ideas.page.edited' | transloco }}</span>
          }
        </span>
      </header>
      @if (item.hidden; as hidden) {
        <cf-hidden-banner [mark]="hidden" [forModerator]="!item.viewer.isAuthor" />
      }
      @if (item.deleted) {
        <p class="deleted" data-testid="comment-deleted">{{ 'ideas.conversation.deleted' | transloco }}</p>
      } @else if (editing()) {
        <form [formGroup]="edit" (ngSubmit)="saveEdit()" class="edit">
          <mat-form-field>
            <mat-label>{{ 'ideas.conversation.editLabel' | transloco }}</mat-label>
            <textarea matInput rows="3" formControlName="body" data-testid="comment-edit-input"></textarea>
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="comment-edit-save">
              {{ 'ui.save' | transloco }}
            </button>
            <button mat-button type="button" (click)="editing.set(false)">{{ 'ui.cancel' | transloco }}</button>
          </div>
        </form>
      } @else if (item.body) {
        <div class="cf-markdown-tight" [innerHTML]="item.body.html" data-testid="comment-body"></div>
      }
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
      @if (!item.deleted && !editing()) {
        <div class="actions">
          @if (mayReply()) {
            <button mat-button type="button" (click)="reply.emit()" data-testid="comment-reply">
              <mat-icon svgIcon="reply" aria-hidden="true" />
              {{ 'ideas.conversation.replyAction' | transloco }}
            </button>
          }
          @if (permissions().signedIn && !item.viewer.isAuthor) {
            <button
              mat-button
              type="button"
              [attr.aria-pressed]="item.viewer.markedHelpful"
              [disabled]="submission.busy()"
              (click)="toggleHelpful()"
              data-testid="comment-helpful"
            >
              <mat-icon svgIcon="thumb_up" aria-hidden="true" />
              {{ 'ideas.conversation.helpful' | transloco: { count: item.helpful } }}
            </button>
          } @else if (item.helpful > 0) {
            <span class="meta" data-testid="comment-helpful-count">
              {{ 'ideas.conversation.helpful' | transloco: { count: item.helpful } }}
            </span>
          }
          @if (permissions().canManage && item.byStaff && !item.official) {
            <button
              mat-button
              type="button"
              [disabled]="submission.busy()"
              (click)="markOfficial()"
              data-testid="comment-mark-official"
            >
              <mat-icon svgIcon="verified_user" aria-hidden="true" />
              {{ 'ideas.conversation.markOfficial' | transloco }}
            </button>
          }
          @if (permissions().signedIn && !item.viewer.isAuthor && !item.hidden) {
            <cf-flag-button kind="comment" [objectId]="item.id" />
          }
          @if (item.viewer.isAuthor) {
            <button mat-button type="button" (click)="startEdit()" data-testid="comment-edit">
              <mat-icon svgIcon="edit" aria-hidden="true" />
              {{ 'ideas.conversation.edit' | transloco }}
            </button>
            <button
              mat-button
              type="button"
              [disabled]="submission.busy()"
              (click)="remove()"
              data-testid="comment-delete"
            >
              <mat-icon svgIcon="delete" aria-hidden="true" />
              {{ 'ideas.conversation.delete' | transloco }}
            </button>
          }
        </div>
      }
    </article>
  `,
  styles: `
    .comment {
      display: grid;
      gap: var(--cf-space-1);
      padding: var(--cf-space-3);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }
    .comment.is-hidden {
      border-style: dashed;
    }
    .comment.official {
      border-color: var(--mat-sys-primary);
      border-inline-start-width: 4px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-2);
    }
    .author {
      font: var(--mat-sys-title-small);
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 0 var(--cf-space-2);
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .official-badge {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .badge mat-icon {
      inline-size: 1rem;
      block-size: 1rem;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .markdown {
      overflow-wrap: anywhere;
    }
    .markdown :first-child {
      margin-block-start: 0;
    }
    .markdown :last-child {
      margin-block-end: 0;
    }
    .deleted {
      margin: 0;
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-1);
      margin-inline-start: -12px;
    }
    .edit {
      display: grid;
      gap: var(--cf-space-2);
    }
    .edit .actions {
      margin-inline-start: 0;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class CommentItem {
  private readonly api = inject(IdeaConversationApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly submission = injectSubmission(injectErrorText());

  readonly comment = input.required<CommentView>();
  readonly permissions = input.required<CommentPermissions>();
  /** Replies nest only so deep. */
  readonly mayReply = input.required<boolean>();
  readonly changed = output<CommentView>();
  readonly reply = output<void>();

  protected readonly editing = signal(false);
  protected readonly edit = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(5000)] }),
  });
  private readonly draft = this.edit.controls.body;

  protected startEdit(): void {
    this.draft.setValue(this.comment().body?.markdown ?? '');
    this.editing.set(true);
  }

  protected async saveEdit(): Promise<void> {
    const body = this.draft.value.trim();
    if (!body || this.draft.invalid) return;
    await this.submission.send(this.api.edit(this.comment().id, body), 'ideas.conversation.edited', (comment) => {
      this.editing.set(false);
      this.changed.emit(comment);
    });
  }

  protected async toggleHelpful(): Promise<void> {
    const { id, viewer } = this.comment();
    await this.submission.send(
      this.api.markHelpful(id, !viewer.markedHelpful),
      viewer.markedHelpful ? 'ideas.conversation.unmarkedHelpful' : 'ideas.conversation.markedHelpful',
      (comment) => this.changed.emit(comment),
    );
  }

  protected async markOfficial(): Promise<void> {
    await this.submission.send(
      this.api.markOfficial(this.comment().id),
      'ideas.conversation.markedOfficial',
      (comment) => this.changed.emit(comment),
    );
  }

  protected async remove(): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('ideas.conversation.deleteTitle'),
      message: this.transloco.translate('ideas.conversation.deleteMessage'),
      confirmLabel: this.transloco.translate('ideas.conversation.delete'),
      destructive: true,
    });
    if (!confirmed) return;
    const comment = this.comment();
    await this.submission.send(this.api.remove(comment.id), 'ideas.conversation.removed', () =>
      this.changed.emit({ ...comment, body: null, deleted: true, official: false }),
    );
  }
}
