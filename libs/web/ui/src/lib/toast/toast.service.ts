import { Injectable, inject } from '@angular/core';
import { MatSnackBar, MatSnackBarRef, TextOnlySnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';

/** Values for `{{placeholders}}` in a translation. */
export type TranslationParams = Record<string, unknown>;

export type ToastKind = 'success' | 'error';

/** How long a success toast stays. Errors stay until dismissed, so nobody misses them. */
export const SUCCESS_TOAST_DURATION_MS = 5000;

/**
 * Short feedback messages. Success is announced politely; errors assertively and
 * they stay on screen until the user dismisses them.
 */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  success(messageKey: string, params?: TranslationParams): MatSnackBarRef<TextOnlySnackBar> {
    return this.show(this.transloco.translate(messageKey, params), 'success');
  }

  error(messageKey: string, params?: TranslationParams): MatSnackBarRef<TextOnlySnackBar> {
    return this.show(this.transloco.translate(messageKey, params), 'error');
  }

  /** An error text that is already written for people, e.g. an API problem's `detail`. */
  errorText(message: string): MatSnackBarRef<TextOnlySnackBar> {
    return this.show(message, 'error');
  }

  private show(message: string, kind: ToastKind): MatSnackBarRef<TextOnlySnackBar> {
    return this.snackBar.open(message, this.transloco.translate('ui.dismiss'), {
      duration: kind === 'success' ? SUCCESS_TOAST_DURATION_MS : undefined,
      politeness: kind === 'error' ? 'assertive' : 'polite',
      panelClass: ['cf-toast', `cf-toast-${kind}`],
    });
  }
}
