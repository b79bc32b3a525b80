import type { MailTemplate } from './mail-template';

export interface InvitationData {
  organisationName: string;
  inviterName: string;
  /** The role as the recipient should read it, in the mail's language. */
  role: string;
  link: string;
  expiresAt: Date;
}

export const INVITATION: MailTemplate = {
  en: {
    subject: '{{inviterName}} invited you to {{organisationName}} on Crowdforge',
    html: `
<h1>You are invited to {{organisationName}}</h1>
<p>{{inviterName}} invited you to join <strong>{{organisationName}}</strong> on Crowdforge as <strong>{{role}}</strong>.</p>
{{> button href=link label="Accept the invitation"}}
<p>The invitation is valid until {{date expiresAt}}.</p>`,
    text: `
You are invited to {{organisationName}}

{{inviterName}} invited you to join {{organisationName}} on Crowdforge as {{role}}. Accept the invitation here:

{{url link}}

The invitation is valid until {{date expiresAt}}.`,
    reason:
      'You get this email because {{inviterName}} invited this address to {{organisationName}} on Crowdforge. Not interested? Ignore it: nothing happens without your answer.',
  },
  nl: {
    subject: '{{inviterName}} nodigt je uit voor {{organisationName}} op Crowdforge',
    html: `
<h1>Uitnodiging voor {{organisationName}}</h1>
<p>{{inviterName}} nodigt je uit om als <strong>{{role}}</strong> mee te doen met <strong>{{organisationName}}</strong> op Crowdforge.</p>
{{> button href=link label="Uitnodiging accepteren"}}
<p>De uitnodiging is geldig tot {{date expiresAt}}.</p>`,
    text: `
Uitnodiging voor {{organisationName}}

{{inviterName}} nodigt je uit om als {{role}} mee te doen met {{organisationName}} op Crowdforge. Accepteer de uitnodiging hier:

{{url link}}

De uitnodiging is geldig tot {{date expiresAt}}.`,
    reason:
      'Je krijgt deze e-mail omdat {{inviterName}} dit adres heeft uitgenodigd voor {{organisationName}} op Crowdforge. Geen interesse? Negeer de e-mail dan: zonder jouw antwoord gebeurt er niets.',
  },
};
