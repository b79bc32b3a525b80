import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withInMemoryScrolling } from '@angular/router';
import { apiInterceptor, provideI18n } from '@crowdforge/web-core';
import { provideSession, sessionInterceptor } from '@crowdforge/web-identity-data';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { appRoutes } from './app.routes';
import { provideToastErrorNotifier } from './toast-error-notifier';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withInMemoryScrolling({ anchorScrolling: 'enabled', scrollPositionRestoration: 'enabled' }),
    ),
    // apiInterceptor (outer) turns errors into toasts; sessionInterceptor adds the CSRF token.
    provideHttpClient(withFetch(), withInterceptors([apiInterceptor, sessionInterceptor])),
    provideI18n(),
    // Asks who is signed in as the app starts, without holding up the first render.
    provideSession(),
    provideCrowdforgeIcons(),
    // Failed API requests become error toasts (wired here: data access may not import UI).
    provideToastErrorNotifier(),
  ],
};
