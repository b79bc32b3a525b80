import type { MailTemplate } from './mail-template';

export interface ResetPasswordData {
  link: string;
  expiresAt: Date;
}

export const RESET_PASSWORD: MailTemplate = {
  en: {
    subject: 'Choose a new password for Crowdforge',
    html: `
<h1>Choose a new password</h1>
<p>Someone asked to reset the password of your Crowdforge account. Choose a new one with the button below.</p>
{{> button href=link label="Choose a new password"}}
<p>The link works until {{date expiresAt}}.</p>`,
    text: `
Choose a new password

Someone asked to reset the password of your Crowdforge account. Choose a new one here:

{{url link}}

The link works until {{date expiresAt}}.`,
    reason:
      "You get this email because a new password was requested for the Crowdforge account with this address. If that wasn't you, ignore it: your password stays the same.",
  },
  nl: {
    subject: 'Kies een nieuw wachtwoord voor Crowdforge',
    html: `
<h1>Kies een nieuw wachtwoord</h1>
<p>Iemand heeft gevraagd het wachtwoord van je Crowdforge-account opnieuw in te stellen. Kies een nieuw wachtwoord met de knop hieronder.</p>
{{> button href=link label="Nieuw wachtwoord kiezen"}}
<p>De link werkt tot {{date expiresAt}}.</p>`,
    text: `
Kies een nieuw wachtwoord

Iemand heeft gevraagd het wachtwoord van je Crowdforge-account opnieuw in te stellen. Kies hier een nieuw wachtwoord:

{{url link}}

De link werkt tot {{date expiresAt}}.`,
    reason:
      'Je krijgt deze e-mail omdat er een nieuw wachtwoord is aangevraagd voor het Crowdforge-account met dit adres. Was jij dat niet? Negeer de e-mail dan: je wachtwoord blijft hetzelfde.',
  },
};
