import { InjectionToken } from '@angular/core';

/**
 * How the data-access layer tells the user about a failed request. The app binds
 * it to the UI library's `ToastService` (data access may not depend on UI).
 */
export interface ErrorNotifier {
  /** Shows a translated message for a translation key. */
  error(messageKey: string): void;
  /** Shows a message that is already written for people (e.g. a problem's `detail`). */
  errorText(message: string): void;
}

export const ERROR_NOTIFIER = new InjectionToken<ErrorNotifier>('ERROR_NOTIFIER');
