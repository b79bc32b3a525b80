import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { LanguageService } from '@crowdforge/web-core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * NL / EN switch: two toggle buttons (aria-pressed) in a labelled group. Changes
 * the language at once, without a reload, and remembers it.
 */
@Component({
  selector: 'cf-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="switch" role="group" data-testid="language-switch" [attr.aria-label]="'language.label' | transloco">
      @for (option of language.options; track option.code) {
        <button
          type="button"
          class="option"
          [attr.lang]="option.code"
          [attr.aria-pressed]="language.active() === option.code"
          [attr.data-testid]="'language-' + option.code"
          (click)="language.use(option.code)"
        >
          {{ option.short }}<span class="cf-visually-hidden"> {{ option.name }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      padding: 3px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--cf-radius-pill);
      background: var(--mat-sys-surface-container-lowest);
    }
    .option {
      min-inline-size: 2.75rem;
      min-block-size: 2.25rem;
      padding-inline: var(--cf-space-3);
      border: 0;
      border-radius: var(--cf-radius-pill);
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
      background: transparent;
      cursor: pointer;
    }
    .option:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .option[aria-pressed='true'] {
      color: var(--mat-sys-on-primary);
      background: var(--mat-sys-primary);
    }
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
}
