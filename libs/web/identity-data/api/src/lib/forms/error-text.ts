import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { describeError } from './problem-form-errors';

/** Words for a failed load: the API's text, else a translated generic message. Call in an injection context. */
export function injectErrorText(): (error: unknown) => string {
  const transloco = inject(TranslocoService);
  return (error) => {
    const described = describeError(error);
    return described.message ?? transloco.translate(described.messageKey ?? 'errors.generic');
  };
}
