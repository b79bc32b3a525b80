import { NavItem } from './layout/nav-item';

/** Primary navigation, in display order. Only list pages that exist. */
export const APP_NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', exact: true },
  { path: '/challenges', labelKey: 'nav.challenges', icon: 'emoji_objects' },
  { path: '/ideas/mine', labelKey: 'nav.myIdeas', icon: 'lightbulb', signedIn: true },
  { path: '/organisations', labelKey: 'nav.organisations', icon: 'corporate_fare', signedIn: true },
];
