export const MAIL_LANGUAGES = ['en', 'nl'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** Subject and both bodies of one mail, ready to deliver. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export interface MailMessage extends RenderedMail {
  to: string;
  language: MailLanguage;
  /** The template it was rendered from, or a short type for operators (e.g. `custom`). */
  template: string;
}

/** What a mail job carries: the message and when the platform sent it (ISO 8601). */
export interface QueuedMail extends MailMessage {
  sentAt: string;
}
