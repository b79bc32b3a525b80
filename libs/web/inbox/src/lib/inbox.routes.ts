import { Route } from '@angular/router';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { signedInGuard } from '@crowdforge/web-identity-data';

/** Lazy-loaded by the app shell at `/inbox`; only for signed-in people. */
export const inboxRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    title: 'inbox.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./inbox-page/inbox-page').then((m) => m.InboxPage),
  },
];
