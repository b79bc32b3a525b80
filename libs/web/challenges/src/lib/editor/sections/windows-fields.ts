import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { PHASE_KINDS } from '@crowdforge/contracts';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BriefForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';

/** When ideas are submitted, voted on and reviewed: each window optional, open-ended without a closing time. */
@Component({
  selector: 'cf-windows-fields',
  imports: [
    FieldErrorPipe,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSlideToggle,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="rows">
      @for (kind of kinds; track kind) {
        @let window = form().controls.windows.controls[kind].controls;
        <li class="row" [attr.data-testid]="'editor-window-' + kind">
          <mat-slide-toggle [formControl]="window.enabled" [attr.data-testid]="'editor-window-' + kind + '-enabled'">
            {{ 'challenges.phase.' + kind | transloco }}
          </mat-slide-toggle>
          @if (window.enabled.value) {
            <div class="row-fields">
              <mat-form-field class="wide">
                <mat-label>{{ 'challenges.editor.opensAt' | transloco }}</mat-label>
                <input
                  matInput
                  type="datetime-local"
                  [formControl]="window.opensAt"
                  required
                  [attr.data-testid]="'editor-window-' + kind + '-opens'"
                />
                <mat-error>{{ window.opensAt.errors | cfFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field class="wide">
                <mat-label>{{ 'challenges.editor.closesAt' | transloco }}</mat-label>
                <input
                  matInput
                  type="datetime-local"
                  [formControl]="window.closesAt"
                  [attr.data-testid]="'editor-window-' + kind + '-closes'"
                />
                <mat-hint>{{ 'challenges.editor.closesAtHint' | transloco }}</mat-hint>
                <mat-error>{{ window.closesAt.errors | cfFieldError }}</mat-error>
              </mat-form-field>
            </div>
          }
        </li>
      }
    </ul>
    <p class="cf-muted hint">{{ 'challenges.editor.timeZoneHint' | transloco: { zone: timeZone } }}</p>
  `,
})
export class WindowsFields {
  readonly form = input.required<BriefForm>();

  protected readonly kinds = PHASE_KINDS;
  protected readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  constructor() {
    refreshOnFormEvents(this.form);
  }
}
