import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { CommentView, MentionCandidate } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { IdeaConversationApi } from '../data/idea-conversation.api';
import { insertMention, mentionAt, mentionedIn, type MentionInProgress } from './mentions';

/** How long typing pauses before the people matching an `@name` are looked up. */
export const MENTION_PAUSE_MS = 200;
const MAX_COMMENT_LENGTH = 5000;

/**
 * Writing a comment or a reply. Typing `@` and the start of a name suggests people who can see
 * the idea; choosing one writes `@Name` and tells them once the comment is sent.
 */
@Component({
  selector: 'cf-comment-composer',
  imports: [
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="send()" data-testid="comment-form">
      <mat-form-field>
        <mat-label>{{ (parentId() ? 'ideas.conversation.reply' : 'ideas.conversation.write') | transloco }}</mat-label>
        <textarea
          #box
          matInput
          rows="3"
          formControlName="body"
          [matAutocomplete]="people"
          (input)="follow(box)"
          (click)="follow(box)"
          (keyup)="follow(box)"
          data-testid="comment-input"
        ></textarea>
        <mat-hint>{{ 'ideas.conversation.mentionHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-autocomplete #people="matAutocomplete" (optionSelected)="placeCaret(box)">
        @for (person of candidates(); track person.id) {
          <mat-option
            [value]="textWith(person)"
            (onSelectionChange)="$event.isUserInput && choose(person)"
            data-testid="mention-option"
          >
            {{ person.name }}
          </mat-option>
        }
      </mat-autocomplete>
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="comment-send">
          {{ 'ideas.conversation.send' | transloco }}
        </button>
        @if (parentId()) {
          <button mat-button type="button" (click)="cancelled.emit()" data-testid="comment-cancel">
            {{ 'ui.cancel' | transloco }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    form {
      display: grid;
      gap: var(--cf-space-2);
    }
    mat-form-field {
      inline-size: 100%;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-2);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class CommentComposer {
  private readonly api = inject(IdeaConversationApi);
  protected readonly submission = injectSubmission(injectErrorText());
  private readonly box = viewChild.required<ElementRef<HTMLTextAreaElement>>('box');

  readonly ideaId = input.required<string>();
  readonly parentId = input<string | null>(null);
  readonly sent = output<CommentView>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(MAX_COMMENT_LENGTH)],
    }),
  });
  private readonly body = this.form.controls.body;
  private readonly caret = signal(0);
  private readonly text = signal('');
  protected readonly mention = computed<MentionInProgress | null>(() => mentionAt(this.text(), this.caret()));
  /** People chosen from the suggestions so far; those still named in the text are mentioned. */
  private readonly chosen: MentionCandidate[] = [];
  private nextCaret: number | null = null;

  protected readonly candidates = toSignal(
    toObservable(computed(() => this.mention()?.prefix ?? '')).pipe(
      debounceTime(MENTION_PAUSE_MS),
      distinctUntilChanged(),
      switchMap((prefix) =>
        prefix
          ? this.api.mentionCandidates(this.ideaId(), prefix).pipe(catchError(() => of([])))
          : of<MentionCandidate[]>([]),
      ),
      map((people) => (this.mention() ? people : [])),
    ),
    { initialValue: [] },
  );

  /** Tracks the text and caret, which tell whether a mention is being typed. */
  protected follow(box: HTMLTextAreaElement): void {
    this.text.set(box.value);
    this.caret.set(box.selectionStart ?? box.value.length);
  }

  /** What the text becomes when `person` is chosen: the autocomplete writes it into the box. */
  protected textWith(person: MentionCandidate): string {
    const mention = this.mention();
    if (!mention) return this.text();
    return insertMention(this.text(), this.caret(), mention, person.name).text;
  }

  protected choose(person: MentionCandidate): void {
    const mention = this.mention();
    if (mention) this.nextCaret = insertMention(this.text(), this.caret(), mention, person.name).caret;
    this.chosen.push(person);
  }

  protected placeCaret(box: HTMLTextAreaElement): void {
    const caret = this.nextCaret ?? box.value.length;
    this.nextCaret = null;
    box.focus();
    box.setSelectionRange(caret, caret);
    this.follow(box);
  }

  protected async send(): Promise<void> {
    const body = this.body.value.trim();
    if (!body || this.body.invalid) {
      this.body.markAsTouched();
      return;
    }
    const parentId = this.parentId();
    await this.submission.send(
      this.api.add(this.ideaId(), {
        body,
        ...(parentId ? { parentId } : {}),
        mentions: mentionedIn(body, this.chosen),
      }),
      'ideas.conversation.sent',
      (comment) => {
        this.body.reset();
        this.chosen.length = 0;
        this.follow(this.box().nativeElement);
        this.sent.emit(comment);
      },
    );
  }
}
