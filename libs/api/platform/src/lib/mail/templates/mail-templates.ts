import { INVITATION, type InvitationData } from './invitation';
import type { MailTemplate } from './mail-template';
import { NOTIFICATION, type NotificationData } from './notification';
import { RESET_PASSWORD, type ResetPasswordData } from './reset-password';
import { VERIFY_EMAIL, type VerifyEmailData } from './verify-email';

/** Every template by name, with the data it takes. A new template is one file here plus one line in each list. */
export interface MailTemplateData {
  'verify-email': VerifyEmailData;
  'reset-password': ResetPasswordData;
  invitation: InvitationData;
  notification: NotificationData;
}

export type MailTemplateName = keyof MailTemplateData;

export const MAIL_TEMPLATES: Record<MailTemplateName, MailTemplate> = {
  'verify-email': VERIFY_EMAIL,
  'reset-password': RESET_PASSWORD,
  invitation: INVITATION,
  notification: NOTIFICATION,
};

export type { InvitationData, NotificationData, ResetPasswordData, VerifyEmailData };
