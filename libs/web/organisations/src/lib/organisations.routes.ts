import { Route } from '@angular/router';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { signedInGuard } from '@crowdforge/web-identity-data';

/** Lazy-loaded by the app shell at `/organisations`; only for signed-in people. */
export const organisationsRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    pathMatch: 'full',
    title: 'organisations.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./list/organisations-page').then((m) => m.OrganisationsPage),
  },
  {
    path: ':organisationId',
    providers: [provideFeatureIcons()],
    canActivate: [signedInGuard],
    loadComponent: () => import('./organisation/organisation-page').then((m) => m.OrganisationPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'members' },
      {
        path: 'members',
        title: 'organisations.tabs.members',
        loadComponent: () => import('./members/members-tab').then((m) => m.MembersTab),
      },
      {
        path: 'invitations',
        title: 'organisations.tabs.invitations',
        loadComponent: () => import('./invitations/invitations-tab').then((m) => m.InvitationsTab),
      },
      {
        path: 'grants',
        title: 'organisations.tabs.grants',
        loadComponent: () => import('./grants/grants-tab').then((m) => m.GrantsTab),
      },
      {
        path: 'branding',
        title: 'organisations.tabs.branding',
        loadComponent: () => import('./branding/branding-tab').then((m) => m.BrandingTab),
      },
      {
        path: 'moderation',
        title: 'organisations.tabs.moderation',
        loadComponent: () => import('./moderation/moderation-tab').then((m) => m.ModerationTab),
      },
      {
        path: 'guidelines',
        title: 'organisations.tabs.guidelines',
        loadComponent: () => import('./guidelines/guidelines-tab').then((m) => m.GuidelinesTab),
      },
    ],
  },
];

/** Lazy-loaded at `/invitations/accept`, the page emailed invitations link to (`?token=…`). */
export const invitationAcceptRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    title: 'invitations.documentTitle',
    canActivate: [signedInGuard],
    loadComponent: () => import('./accept/accept-invitation-page').then((m) => m.AcceptInvitationPage),
  },
];
