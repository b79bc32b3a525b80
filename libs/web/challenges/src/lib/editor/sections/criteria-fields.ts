import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { criterionShares } from '../../shared/criterion-shares';
import { type BriefForm, criterionForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';
import { RowActions } from '../row-actions';

/** The evaluation criteria: name, guidance and a positive weight each, shown as a share of all weights. */
@Component({
  selector: 'cf-criteria-fields',
  imports: [
    FieldErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RowActions,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let criteria = form().controls.criteria;
    @let shares = sharesOf(criteria);
    <ol class="rows" data-testid="editor-criteria">
      @for (criterion of criteria.controls; track criterion; let index = $index) {
        <li class="row" data-testid="editor-criterion">
          <div class="row-head">
            <h3>{{ 'challenges.editor.criterion' | transloco: { number: index + 1 } }}</h3>
            <cf-row-actions
              [array]="criteria"
              [index]="index"
              [count]="criteria.length"
              [label]="criterion.controls.name.value"
            />
          </div>
          <div class="row-fields">
            <mat-form-field class="wide">
              <mat-label>{{ 'challenges.editor.criterionName' | transloco }}</mat-label>
              <input matInput [formControl]="criterion.controls.name" required data-testid="editor-criterion-name" />
              <mat-error>{{ criterion.controls.name.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="narrow">
              <mat-label>{{ 'challenges.editor.weight' | transloco }}</mat-label>
              <input
                matInput
                type="number"
                min="0"
                step="any"
                inputmode="decimal"
                [formControl]="criterion.controls.weight"
                required
                data-testid="editor-criterion-weight"
              />
              <mat-hint data-testid="editor-criterion-share">{{
                'challenges.criteria.share' | transloco: { share: shares[index] }
              }}</mat-hint>
              <mat-error>{{ criterion.controls.weight.errors | cfFieldError }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ 'challenges.editor.guidance' | transloco }}</mat-label>
            <textarea
              matInput
              rows="2"
              [formControl]="criterion.controls.guidance"
              data-testid="editor-criterion-guidance"
            ></textarea>
            <mat-error>{{ criterion.controls.guidance.errors | cfFieldError }}</mat-error>
          </mat-form-field>
        </li>
      } @empty {
        <li class="none">{{ 'challenges.editor.noCriteria' | transloco }}</li>
      }
    </ol>
    <button mat-stroked-button type="button" (click)="add()" data-testid="editor-add-criterion">
      <mat-icon svgIcon="add" aria-hidden="true" />
      {{ 'challenges.editor.addCriterion' | transloco }}
    </button>
  `,
})
export class CriteriaFields {
  readonly form = input.required<BriefForm>();

  /** Re-rendered with every change to the form, so the shares follow the weights as they are typed. */
  protected sharesOf(criteria: BriefForm['controls']['criteria']): number[] {
    return criterionShares(criteria.controls.map((criterion) => criterion.controls.weight.value));
  }

  constructor() {
    refreshOnFormEvents(this.form);
  }

  protected add(): void {
    const criteria = this.form().controls.criteria;
    criteria.push(criterionForm());
    criteria.markAsDirty();
  }
}
