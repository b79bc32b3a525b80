import { Route } from '@angular/router';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { platformAdminGuard } from '@crowdforge/web-identity-data';

/** Lazy-loaded by the app shell at `/admin`; only for platform administrators. */
export const adminRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    canActivate: [platformAdminGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'outbox' },
      {
        path: 'outbox',
        title: 'admin.outbox.title',
        loadComponent: () => import('./outbox-list/outbox-list-page').then((m) => m.OutboxListPage),
      },
      {
        path: 'outbox/:messageId',
        title: 'admin.outbox.messageTitle',
        loadComponent: () => import('./outbox-message/outbox-message-page').then((m) => m.OutboxMessagePage),
      },
    ],
  },
];
