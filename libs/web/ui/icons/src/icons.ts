import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import arrowDownwardSvg from '@material-symbols/svg-400/outlined/arrow_downward.svg';
import campaignSvg from '@material-symbols/svg-400/outlined/campaign.svg';
import closeSvg from '@material-symbols/svg-400/outlined/close.svg';
import corporateFareSvg from '@material-symbols/svg-400/outlined/corporate_fare.svg';
import diversity3Svg from '@material-symbols/svg-400/outlined/diversity_3.svg';
import editNoteSvg from '@material-symbols/svg-400/outlined/edit_note.svg';
import emojiObjectsSvg from '@material-symbols/svg-400/outlined/emoji_objects.svg';
import errorSvg from '@material-symbols/svg-400/outlined/error.svg';
import eventSvg from '@material-symbols/svg-400/outlined/event.svg';
import factCheckSvg from '@material-symbols/svg-400/outlined/fact_check.svg';
import groupsSvg from '@material-symbols/svg-400/outlined/groups.svg';
import homeSvg from '@material-symbols/svg-400/outlined/home.svg';
import howToVoteSvg from '@material-symbols/svg-400/outlined/how_to_vote.svg';
import inboxSvg from '@material-symbols/svg-400/outlined/inbox.svg';
import keyboardArrowDownSvg from '@material-symbols/svg-400/outlined/keyboard_arrow_down.svg';
import lightbulbSvg from '@material-symbols/svg-400/outlined/lightbulb.svg';
import loginSvg from '@material-symbols/svg-400/outlined/login.svg';
import logoutSvg from '@material-symbols/svg-400/outlined/logout.svg';
import markChatReadSvg from '@material-symbols/svg-400/outlined/mark_chat_read.svg';
import menuSvg from '@material-symbols/svg-400/outlined/menu.svg';
import notificationsSvg from '@material-symbols/svg-400/outlined/notifications.svg';
import outboxSvg from '@material-symbols/svg-400/outlined/outbox.svg';
import personSvg from '@material-symbols/svg-400/outlined/person.svg';
import refreshSvg from '@material-symbols/svg-400/outlined/refresh.svg';
import ruleSvg from '@material-symbols/svg-400/outlined/rule.svg';
import travelExploreSvg from '@material-symbols/svg-400/outlined/travel_explore.svg';
// Types only: the feature icons themselves load with the feature pages (see provideFeatureIcons).
import type { FeatureIconName } from '../../src/lib/icons/feature-icons';

/**
 * The icons of the app shell (header, navigation, home page): Material Symbols Outlined
 * (weight 400) as SVG markup, bundled at build time so only the icons in use are shipped
 * (no 4 MB icon font). Icons that only feature pages use are in `@crowdforge/web-ui`
 * (`provideFeatureIcons()`), so their SVGs stay out of the first download.
 * To add one, import `@material-symbols/svg-400/outlined/<name>.svg` and list it in one of the sets.
 */
const SHELL_ICONS = {
  arrow_downward: arrowDownwardSvg,
  campaign: campaignSvg,
  close: closeSvg,
  corporate_fare: corporateFareSvg,
  diversity_3: diversity3Svg,
  edit_note: editNoteSvg,
  emoji_objects: emojiObjectsSvg,
  error: errorSvg,
  event: eventSvg,
  fact_check: factCheckSvg,
  groups: groupsSvg,
  home: homeSvg,
  how_to_vote: howToVoteSvg,
  inbox: inboxSvg,
  keyboard_arrow_down: keyboardArrowDownSvg,
  lightbulb: lightbulbSvg,
  login: loginSvg,
  logout: logoutSvg,
  mark_chat_read: markChatReadSvg,
  menu: menuSvg,
  notifications: notificationsSvg,
  outbox: outboxSvg,
  person: personSvg,
  refresh: refreshSvg,
  rule: ruleSvg,
  travel_explore: travelExploreSvg,
} as const satisfies Record<string, string>;

export type ShellIconName = keyof typeof SHELL_ICONS;

/** Name of a registered icon, for `<mat-icon [svgIcon]="name" />` and icon fields in data. */
export type IconName = ShellIconName | FeatureIconName;

/** The shell's icon names, in alphabetical order. */
export const SHELL_ICON_NAMES = Object.keys(SHELL_ICONS) as readonly ShellIconName[];

/** Registers SVG icons by name with Angular Material's icon registry when the injector starts. */
export function registerSvgIcons(icons: Readonly<Record<string, string>>): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    for (const [name, svg] of Object.entries(icons)) {
      // Trusted: our own SVG files from @material-symbols/svg-400, bundled at build time, never user content.
      registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
    }
  });
}

/** Registers the shell's icons: `<mat-icon svgIcon="home" aria-hidden="true" />`. The app config provides it once. */
export function provideCrowdforgeIcons(): EnvironmentProviders {
  return registerSvgIcons(SHELL_ICONS);
}
