import { Route } from '@angular/router';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { signedInGuard } from '@crowdforge/web-identity-data';

/** Lazy-loaded by the app shell at `/account`; only for signed-in people. */
export const accountRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    canActivate: [signedInGuard],
    loadComponent: () => import('./account-page/account-page').then((m) => m.AccountPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'profile' },
      {
        path: 'profile',
        title: 'account.tabs.profile',
        loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
      },
      {
        path: 'password',
        title: 'account.tabs.password',
        loadComponent: () => import('./password/password-page').then((m) => m.PasswordPage),
      },
      {
        path: 'tokens',
        title: 'account.tabs.tokens',
        loadComponent: () => import('./tokens/tokens-page').then((m) => m.TokensPage),
      },
      {
        path: 'data',
        title: 'account.tabs.data',
        loadComponent: () => import('./data/data-page').then((m) => m.DataPage),
      },
    ],
  },
];
