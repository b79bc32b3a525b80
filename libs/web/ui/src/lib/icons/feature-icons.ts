import { EnvironmentProviders } from '@angular/core';
import { registerSvgIcons } from '@crowdforge/web-ui/icons';
import accountCircleSvg from '@material-symbols/svg-400/outlined/account_circle.svg';
import accountTreeSvg from '@material-symbols/svg-400/outlined/account_tree.svg';
import addSvg from '@material-symbols/svg-400/outlined/add.svg';
import adminPanelSettingsSvg from '@material-symbols/svg-400/outlined/admin_panel_settings.svg';
import alternateEmailSvg from '@material-symbols/svg-400/outlined/alternate_email.svg';
import arrowBackSvg from '@material-symbols/svg-400/outlined/arrow_back.svg';
import arrowUpwardSvg from '@material-symbols/svg-400/outlined/arrow_upward.svg';
import badgeSvg from '@material-symbols/svg-400/outlined/badge.svg';
import cancelSvg from '@material-symbols/svg-400/outlined/cancel.svg';
import chatBubbleSvg from '@material-symbols/svg-400/outlined/chat_bubble.svg';
import checkSvg from '@material-symbols/svg-400/outlined/check.svg';
import checkCircleSvg from '@material-symbols/svg-400/outlined/check_circle.svg';
import chevronLeftSvg from '@material-symbols/svg-400/outlined/chevron_left.svg';
import chevronRightSvg from '@material-symbols/svg-400/outlined/chevron_right.svg';
import compareArrowsSvg from '@material-symbols/svg-400/outlined/compare_arrows.svg';
import contentCopySvg from '@material-symbols/svg-400/outlined/content_copy.svg';
import deleteSvg from '@material-symbols/svg-400/outlined/delete.svg';
import descriptionSvg from '@material-symbols/svg-400/outlined/description.svg';
import doneAllSvg from '@material-symbols/svg-400/outlined/done_all.svg';
import downloadSvg from '@material-symbols/svg-400/outlined/download.svg';
import editSvg from '@material-symbols/svg-400/outlined/edit.svg';
import flagSvg from '@material-symbols/svg-400/outlined/flag.svg';
import forwardToInboxSvg from '@material-symbols/svg-400/outlined/forward_to_inbox.svg';
import gavelSvg from '@material-symbols/svg-400/outlined/gavel.svg';
import gridViewSvg from '@material-symbols/svg-400/outlined/grid_view.svg';
import groupSvg from '@material-symbols/svg-400/outlined/group.svg';
import groupAddSvg from '@material-symbols/svg-400/outlined/group_add.svg';
import historySvg from '@material-symbols/svg-400/outlined/history.svg';
import howToRegSvg from '@material-symbols/svg-400/outlined/how_to_reg.svg';
import infoSvg from '@material-symbols/svg-400/outlined/info.svg';
import keySvg from '@material-symbols/svg-400/outlined/key.svg';
import linkSvg from '@material-symbols/svg-400/outlined/link.svg';
import lockSvg from '@material-symbols/svg-400/outlined/lock.svg';
import lockOpenSvg from '@material-symbols/svg-400/outlined/lock_open.svg';
import lockResetSvg from '@material-symbols/svg-400/outlined/lock_reset.svg';
import mailSvg from '@material-symbols/svg-400/outlined/mail.svg';
import markEmailReadSvg from '@material-symbols/svg-400/outlined/mark_email_read.svg';
import markEmailUnreadSvg from '@material-symbols/svg-400/outlined/mark_email_unread.svg';
import openInNewSvg from '@material-symbols/svg-400/outlined/open_in_new.svg';
import paletteSvg from '@material-symbols/svg-400/outlined/palette.svg';
import personAddSvg from '@material-symbols/svg-400/outlined/person_add.svg';
import personRemoveSvg from '@material-symbols/svg-400/outlined/person_remove.svg';
import playCircleSvg from '@material-symbols/svg-400/outlined/play_circle.svg';
import publishSvg from '@material-symbols/svg-400/outlined/publish.svg';
import removeSvg from '@material-symbols/svg-400/outlined/remove.svg';
import replySvg from '@material-symbols/svg-400/outlined/reply.svg';
import scheduleSvg from '@material-symbols/svg-400/outlined/schedule.svg';
import searchSvg from '@material-symbols/svg-400/outlined/search.svg';
import sendSvg from '@material-symbols/svg-400/outlined/send.svg';
import settingsSvg from '@material-symbols/svg-400/outlined/settings.svg';
import starFilledSvg from '@material-symbols/svg-400/outlined/star-fill.svg';
import starSvg from '@material-symbols/svg-400/outlined/star.svg';
import stopCircleSvg from '@material-symbols/svg-400/outlined/stop_circle.svg';
import taskAltSvg from '@material-symbols/svg-400/outlined/task_alt.svg';
import thumbDownSvg from '@material-symbols/svg-400/outlined/thumb_down.svg';
import thumbUpSvg from '@material-symbols/svg-400/outlined/thumb_up.svg';
import tollSvg from '@material-symbols/svg-400/outlined/toll.svg';
import uploadSvg from '@material-symbols/svg-400/outlined/upload.svg';
import verifiedUserSvg from '@material-symbols/svg-400/outlined/verified_user.svg';
import viewListSvg from '@material-symbols/svg-400/outlined/view_list.svg';
import visibilitySvg from '@material-symbols/svg-400/outlined/visibility.svg';
import visibilityOffSvg from '@material-symbols/svg-400/outlined/visibility_off.svg';
import warningSvg from '@material-symbols/svg-400/outlined/warning.svg';

/**
 * Icons that only feature pages (account, organisations, challenges, inbox, admin) use. They are registered
 * by the features' lazy routes, so they load with those pages and not with the app shell.
 */
const FEATURE_ICONS = {
  account_circle: accountCircleSvg,
  account_tree: accountTreeSvg,
  add: addSvg,
  admin_panel_settings: adminPanelSettingsSvg,
  alternate_email: alternateEmailSvg,
  arrow_back: arrowBackSvg,
  arrow_upward: arrowUpwardSvg,
  badge: badgeSvg,
  cancel: cancelSvg,
  chat_bubble: chatBubbleSvg,
  check: checkSvg,
  check_circle: checkCircleSvg,
  chevron_left: chevronLeftSvg,
  chevron_right: chevronRightSvg,
  compare_arrows: compareArrowsSvg,
  content_copy: contentCopySvg,
  delete: deleteSvg,
  description: descriptionSvg,
  done_all: doneAllSvg,
  download: downloadSvg,
  edit: editSvg,
  flag: flagSvg,
  forward_to_inbox: forwardToInboxSvg,
  gavel: gavelSvg,
  grid_view: gridViewSvg,
  group: groupSvg,
  group_add: groupAddSvg,
  history: historySvg,
  how_to_reg: howToRegSvg,
  info: infoSvg,
  key: keySvg,
  link: linkSvg,
  lock: lockSvg,
  lock_open: lockOpenSvg,
  lock_reset: lockResetSvg,
  mail: mailSvg,
  mark_email_read: markEmailReadSvg,
  mark_email_unread: markEmailUnreadSvg,
  open_in_new: openInNewSvg,
  palette: paletteSvg,
  person_add: personAddSvg,
  person_remove: personRemoveSvg,
  play_circle: playCircleSvg,
  publish: publishSvg,
  remove: removeSvg,
  reply: replySvg,
  schedule: scheduleSvg,
  search: searchSvg,
  send: sendSvg,
  settings: settingsSvg,
  star: starSvg,
  'star-fill': starFilledSvg,
  stop_circle: stopCircleSvg,
  task_alt: taskAltSvg,
  thumb_down: thumbDownSvg,
  thumb_up: thumbUpSvg,
  toll: tollSvg,
  upload: uploadSvg,
  verified_user: verifiedUserSvg,
  view_list: viewListSvg,
  visibility: visibilitySvg,
  visibility_off: visibilityOffSvg,
  warning: warningSvg,
} as const satisfies Record<string, string>;

export type FeatureIconName = keyof typeof FEATURE_ICONS;

/** The feature icon names, in alphabetical order. */
export const FEATURE_ICON_NAMES = Object.keys(FEATURE_ICONS) as readonly FeatureIconName[];

/**
 * Registers the feature icons. Put it in the `providers` of a feature's lazy route (not in
 * the app config); tests of feature pages provide it next to `provideCrowdforgeIcons()`.
 */
export function provideFeatureIcons(): EnvironmentProviders {
  return registerSvgIcons(FEATURE_ICONS);
}
