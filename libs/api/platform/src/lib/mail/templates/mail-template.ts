import type { MailLanguage } from '../mail-message';

/**
 * Handlebars sources of one mail in one language. `html` and `text` are the bodies the shared
 * layout wraps; `reason` is the footer line that tells the recipient why they get this mail.
 */
export interface MailTemplateSources {
  subject: string;
  html: string;
  text: string;
  reason: string;
}

export type MailTemplate = Record<MailLanguage, MailTemplateSources>;
