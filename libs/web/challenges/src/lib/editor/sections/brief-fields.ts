import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { BRIEF_SECTIONS } from '@crowdforge/contracts';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BriefForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';

/** The five markdown sections of the brief and the objective's measurable target. */
@Component({
  selector: 'cf-brief-fields',
  imports: [FieldErrorPipe, MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-stack' },
  template: `
    @let controls = form().controls;
    @for (section of sections; track section) {
      @let control = controls.brief.controls[section];
      <mat-form-field>
        <mat-label>{{ 'challenges.brief.' + section | transloco }}</mat-label>
        <textarea matInput [formControl]="control" rows="6" [attr.data-testid]="'editor-brief-' + section"></textarea>
        <mat-hint>{{ 'challenges.editor.briefHints.' + section | transloco }}</mat-hint>
        <mat-error>{{ control.errors | cfFieldError }}</mat-error>
      </mat-form-field>
      @if (section === 'objectives') {
        <mat-form-field>
          <mat-label>{{ 'challenges.editor.objectiveTarget' | transloco }}</mat-label>
          <input matInput [formControl]="controls.objectiveTarget" data-testid="editor-objective-target" />
          <mat-hint>{{ 'challenges.editor.objectiveTargetHint' | transloco }}</mat-hint>
          <mat-error>{{ controls.objectiveTarget.errors | cfFieldError }}</mat-error>
        </mat-form-field>
      }
    }
    <p class="cf-muted hint">{{ 'challenges.editor.markdownHint' | transloco }}</p>
  `,
})
export class BriefFields {
  readonly form = input.required<BriefForm>();

  protected readonly sections = BRIEF_SECTIONS;

  constructor() {
    refreshOnFormEvents(this.form);
  }
}
