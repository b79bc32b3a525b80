import { Route } from '@angular/router';
import { signedInGuard } from '@crowdforge/web-identity-data';
import { provideFeatureIcons } from '@crowdforge/web-ui';

/**
 * Lazy-loaded by the app shell at `/ideas`. Reading is public (the API shows each caller what
 * they may see); editing needs an account.
 */
export const ideasRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    children: [
      {
        path: 'mine',
        title: 'ideas.mine.title',
        canActivate: [signedInGuard],
        loadComponent: () => import('./mine/my-ideas-page').then((m) => m.MyIdeasPage),
      },
      {
        path: ':ideaId',
        title: 'ideas.page.documentTitle',
        loadComponent: () => import('./idea/idea-page').then((m) => m.IdeaPage),
      },
      {
        path: ':ideaId/edit',
        title: 'ideas.editor.editTitle',
        canActivate: [signedInGuard],
        loadComponent: () => import('./editor/idea-editor-page').then((m) => m.IdeaEditorPage),
      },
    ],
  },
];

/** Lazy-loaded at `/challenges/:challengeId/compare`: pairwise voting. */
export const compareRoutes: Route[] = [
  {
    path: '',
    title: 'ideas.compare.title',
    canActivate: [signedInGuard],
    providers: [provideFeatureIcons()],
    loadComponent: () => import('./votes/compare-page').then((m) => m.ComparePage),
  },
];

/** Lazy-loaded at `/challenges/:challengeId/ideas/new`: the first save creates the draft. */
export const newIdeaRoutes: Route[] = [
  {
    path: '',
    title: 'ideas.editor.newTitle',
    canActivate: [signedInGuard],
    providers: [provideFeatureIcons()],
    loadComponent: () => import('./editor/idea-editor-page').then((m) => m.IdeaEditorPage),
  },
];
