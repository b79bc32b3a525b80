import type { IconName } from '@crowdforge/web-ui/icons';

/** One entry of the primary navigation. Features add theirs to `APP_NAV_ITEMS`. */
export interface NavItem {
  /** Router path, e.g. `/challenges`. */
  path: string;
  /** Translation key of the label. */
  labelKey: string;
  /** Icon shown before the label. */
  icon: IconName;
  /** Active only on an exact URL match (use for `/`). */
  exact?: boolean;
  /** Shown only to signed-in people (the page needs an account). */
  signedIn?: boolean;
}
