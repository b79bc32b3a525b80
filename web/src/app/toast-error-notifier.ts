import { Injector, Provider, inject } from '@angular/core';
import { ERROR_NOTIFIER, ErrorNotifier } from '@crowdforge/web-core';
import type { ToastService } from '@crowdforge/web-ui';

/**
 * Binds the data-access layer's ERROR_NOTIFIER to the UI library's ToastService.
 * The toast code (MatSnackBar and its overlay) is loaded on the first error,
 * which keeps it out of the initial bundle.
 */
export function provideToastErrorNotifier(): Provider {
  return { provide: ERROR_NOTIFIER, useFactory: toastErrorNotifier };
}

function toastErrorNotifier(): ErrorNotifier {
  const injector = inject(Injector);
  let toast: Promise<ToastService> | undefined;
  const load = () => (toast ??= import('@crowdforge/web-ui').then((ui) => injector.get(ui.ToastService)));

  return {
    error: (messageKey) => void load().then((service) => service.error(messageKey)),
    errorText: (message) => void load().then((service) => service.errorText(message)),
  };
}
