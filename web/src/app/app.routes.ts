import { Route } from '@angular/router';

/**
 * Every feature is lazy-loaded. Route titles are translation keys
 * (see TranslatedTitleStrategy in @crowdforge/web-core). Each feature's routes guard
 * themselves (signed in, platform administrator).
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadChildren: () => import('@crowdforge/web-home').then((m) => m.homeRoutes),
  },
  { path: 'sign-in', loadChildren: () => import('@crowdforge/web-auth').then((m) => m.signInRoutes) },
  { path: 'sign-up', loadChildren: () => import('@crowdforge/web-auth').then((m) => m.signUpRoutes) },
  // Emailed links: /verify-email?token=…, /reset-password?token=…, /invitations/accept?token=…
  { path: 'verify-email', loadChildren: () => import('@crowdforge/web-auth').then((m) => m.verifyEmailRoutes) },
  { path: 'forgot-password', loadChildren: () => import('@crowdforge/web-auth').then((m) => m.forgotPasswordRoutes) },
  { path: 'reset-password', loadChildren: () => import('@crowdforge/web-auth').then((m) => m.resetPasswordRoutes) },
  { path: 'account', loadChildren: () => import('@crowdforge/web-account').then((m) => m.accountRoutes) },
  {
    path: 'organisations',
    loadChildren: () => import('@crowdforge/web-organisations').then((m) => m.organisationsRoutes),
  },
  // Before `challenges`, whose lazy routes would otherwise take `:challengeId/…` for themselves.
  {
    path: 'challenges/:challengeId/ideas/new',
    loadChildren: () => import('@crowdforge/web-ideas').then((m) => m.newIdeaRoutes),
  },
  {
    path: 'challenges/:challengeId/compare',
    loadChildren: () => import('@crowdforge/web-ideas').then((m) => m.compareRoutes),
  },
  { path: 'challenges', loadChildren: () => import('@crowdforge/web-challenges').then((m) => m.challengesRoutes) },
  { path: 'ideas', loadChildren: () => import('@crowdforge/web-ideas').then((m) => m.ideasRoutes) },
  {
    path: 'invitations/accept',
    loadChildren: () => import('@crowdforge/web-organisations').then((m) => m.invitationAcceptRoutes),
  },
  { path: 'inbox', loadChildren: () => import('@crowdforge/web-inbox').then((m) => m.inboxRoutes) },
  { path: 'admin', loadChildren: () => import('@crowdforge/web-admin').then((m) => m.adminRoutes) },
  {
    path: '**',
    loadChildren: () => import('@crowdforge/web-home').then((m) => m.notFoundRoutes),
  },
];
