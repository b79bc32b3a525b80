import { Route } from '@angular/router';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { signedOutGuard } from '@crowdforge/web-identity-data';

/**
 * The account pages anyone can open, each lazy-loaded by the app shell at its own path
 * (`/sign-in`, `/sign-up`, `/verify-email`, `/forgot-password`, `/reset-password`).
 * Emailed links point at `/verify-email?token=…` and `/reset-password?token=…`.
 */
export const signInRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    title: 'auth.signIn.title',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
];

export const signUpRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    title: 'auth.signUp.title',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-up/sign-up-page').then((m) => m.SignUpPage),
  },
];

export const verifyEmailRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    title: 'auth.verify.documentTitle',
    loadComponent: () => import('./verify-email/verify-email-page').then((m) => m.VerifyEmailPage),
  },
];

export const forgotPasswordRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    title: 'auth.forgot.title',
    loadComponent: () => import('./forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
];

export const resetPasswordRoutes: Route[] = [
  {
    path: '',
    providers: [provideFeatureIcons()],
    title: 'auth.reset.title',
    loadComponent: () => import('./reset-password/reset-password-page').then((m) => m.ResetPasswordPage),
  },
];
