import { inject, signal } from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { ToastService } from '../toast/toast.service';

/**
 * The sending state of one small form or action: busy while its call runs (buttons disabled),
 * the API's words when it fails, a toast when it worked.
 */
export class Submission {
  readonly busy = signal(false);
  readonly failure = signal<string | null>(null);

  constructor(
    private readonly toast: ToastService,
    private readonly errorText: (error: unknown) => string,
  ) {}

  /** Sends `call`; on success toasts `successKey` and hands over the response. True when it worked. */
  async send<T>(call: Observable<T>, successKey: string, done?: (response: T) => void): Promise<boolean> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      const response = await firstValueFrom(call);
      this.toast.success(successKey);
      done?.(response);
      return true;
    } catch (error) {
      this.failure.set(this.errorText(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** A mistake found before sending, in the user's language. */
  refuse(messageKey: string): void {
    this.failure.set(null);
    this.toast.error(messageKey);
  }
}

/**
 * A Submission for the calling component; `errorText` puts a failure into words (e.g.
 * `injectErrorText()` of `@crowdforge/web-identity-data/api`). Call in an injection context.
 */
export function injectSubmission(errorText: (error: unknown) => string): Submission {
  return new Submission(inject(ToastService), errorText);
}
