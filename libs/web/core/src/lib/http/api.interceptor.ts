import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { problemFrom } from './api-problem';
import { ERROR_NOTIFIER, ErrorNotifier } from './error-notifier';
import { SKIP_ERROR_TOAST } from './http-context';

/**
 * Asks for JSON in the user's language and turns failed requests into an error
 * toast: the problem's `detail` when the API sent problem+json, else a generic
 * message. The error is re-thrown so callers can still react to it.
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(LanguageService);
  const notifier = inject(ERROR_NOTIFIER, { optional: true });

  let headers = request.headers;
  if (!headers.has('Accept')) {
    headers = headers.set('Accept', 'application/json');
  }
  if (!headers.has('Accept-Language')) {
    headers = headers.set('Accept-Language', language.active());
  }

  return next(request.clone({ headers })).pipe(
    catchError((error: unknown) => {
      if (notifier && error instanceof HttpErrorResponse && !request.context.get(SKIP_ERROR_TOAST)) {
        notifyError(notifier, error);
      }
      return throwError(() => error);
    }),
  );
};

function notifyError(notifier: ErrorNotifier, error: HttpErrorResponse): void {
  const detail = problemFrom(error)?.detail?.trim();
  if (detail) {
    notifier.errorText(detail);
  } else if (error.status === 0) {
    notifier.error('errors.network');
  } else {
    notifier.error('errors.generic');
  }
}
