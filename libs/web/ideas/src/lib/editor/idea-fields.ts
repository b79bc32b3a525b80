import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import type { ChallengeDetail, IdeaDetail } from '@crowdforge/contracts';
import { FieldErrorPipe, TagsField } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { FileField } from '../attachments/file-field';
import { CustomField } from './custom-field';
import { IdeaForm } from './idea-form';

/** What an idea says: title, pitch, description, the challenge's own fields, tags, anonymity. */
@Component({
  selector: 'cf-idea-fields',
  imports: [
    CustomField,
    FileField,
    FieldErrorPipe,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSlideToggle,
    ReactiveFormsModule,
    TagsField,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let controls = form().controls;
    <mat-form-field>
      <mat-label>{{ 'ideas.fields.title' | transloco }}</mat-label>
      <input matInput [formControl]="controls.title" maxlength="160" data-testid="idea-title" />
      <mat-error>{{ controls.title.errors | cfFieldError }}</mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'ideas.fields.pitch' | transloco }}</mat-label>
      <textarea matInput rows="2" [formControl]="controls.pitch" data-testid="idea-pitch"></textarea>
      <mat-hint>{{ 'ideas.editor.pitchHint' | transloco }}</mat-hint>
      <mat-error>{{ controls.pitch.errors | cfFieldError }}</mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'ideas.fields.description' | transloco }}</mat-label>
      <textarea matInput rows="10" [formControl]="controls.description" data-testid="idea-description"></textarea>
      <mat-hint>{{ 'ideas.editor.markdownHint' | transloco }}</mat-hint>
      <mat-error>{{ controls.description.errors | cfFieldError }}</mat-error>
    </mat-form-field>

    @for (field of challenge().ideaForm; track field.key) {
      @if (field.kind === 'file') {
        <cf-file-field [field]="field" [idea]="idea()" (changed)="changed.emit($event)" />
      } @else {
        <cf-custom-field [field]="field" [control]="controls.fields.controls[field.key]" />
      }
    }

    <cf-tags-field
      [control]="controls.tags"
      [label]="'ideas.fields.tags' | transloco"
      [hint]="'ideas.editor.tagsHint' | transloco"
      [lowerCase]="true"
      [maxLength]="40"
      testId="idea-tags"
    />
    @if (challenge().allowAnonymous) {
      <mat-slide-toggle class="anonymous" [formControl]="controls.anonymous" data-testid="idea-anonymous">{{
        'ideas.editor.anonymous' | transloco
      }}</mat-slide-toggle>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-2);
    }
    mat-form-field {
      inline-size: 100%;
    }
    .anonymous {
      margin-block: var(--cf-space-3);
    }
  `,
})
export class IdeaFields {
  readonly form = input.required<IdeaForm>();
  readonly challenge = input.required<ChallengeDetail>();
  /** The saved idea, whose file fields take uploads; null before the first save. */
  readonly idea = input<IdeaDetail | null>(null);
  readonly changed = output<IdeaDetail>();
}
