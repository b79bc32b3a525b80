import { Route } from '@angular/router';

/** Lazy-loaded by the app shell at `''`. Titles are translation keys. */
export const homeRoutes: Route[] = [
  {
    path: '',
    title: 'home.documentTitle',
    loadComponent: () => import('./home-page/home-page').then((m) => m.HomePage),
  },
];

/** Lazy-loaded by the app shell for every URL no other route matches. */
export const notFoundRoutes: Route[] = [
  {
    path: '**',
    title: 'notFound.documentTitle',
    loadComponent: () => import('./not-found-page/not-found-page').then((m) => m.NotFoundPage),
  },
];
