import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Shows or hides the password typed in `input`. Put it in the form field's suffix:
 * `<cf-password-toggle matSuffix [input]="passwordInput" />`.
 */
@Component({
  selector: 'cf-password-toggle',
  imports: [MatIcon, MatIconButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="password-toggle"
      [attr.aria-pressed]="visible()"
      [attr.aria-label]="'ui.showPassword' | transloco"
      (click)="visible.set(!visible())"
    >
      <mat-icon [svgIcon]="visible() ? 'visibility_off' : 'visibility'" aria-hidden="true" />
    </button>
  `,
})
export class PasswordToggle {
  /** The password input to show or hide. */
  readonly input = input.required<HTMLInputElement>();
  protected readonly visible = signal(false);

  constructor() {
    effect(() => {
      this.input().type = this.visible() ? 'text' : 'password';
    });
  }
}
