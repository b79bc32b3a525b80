import { Route } from '@angular/router';
import { signedInGuard } from '@crowdforge/web-identity-data';
import { provideFeatureIcons } from '@crowdforge/web-ui';

/**
 * Lazy-loaded by the app shell at `/challenges`. Browsing and reading are public (the API
 * shows each caller what they may see); writing a brief needs an account.
 */
export const challengesRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'challenges.browse.title',
        loadComponent: () => import('./browse/browse-page').then((m) => m.BrowsePage),
      },
      {
        path: 'new',
        title: 'challenges.editor.newTitle',
        canActivate: [signedInGuard],
        loadComponent: () => import('./editor/brief-editor-page').then((m) => m.BriefEditorPage),
      },
      {
        path: ':challengeId',
        title: 'challenges.page.documentTitle',
        loadComponent: () => import('./challenge/challenge-page').then((m) => m.ChallengePage),
      },
      {
        path: ':challengeId/edit',
        title: 'challenges.editor.editTitle',
        canActivate: [signedInGuard],
        loadComponent: () => import('./editor/brief-editor-page').then((m) => m.BriefEditorPage),
      },
    ],
  },
];
