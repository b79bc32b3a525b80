import type { MailTemplate } from './mail-template';

export interface VerifyEmailData {
  link: string;
}

export const VERIFY_EMAIL: MailTemplate = {
  en: {
    subject: 'Confirm your email address for Crowdforge',
    html: `
<h1>Confirm your email address</h1>
<p>Welcome to Crowdforge! Confirm that this address is yours to finish creating your account.</p>
{{> button href=link label="Confirm email address"}}`,
    text: `
Confirm your email address

Welcome to Crowdforge! Confirm that this address is yours to finish creating your account:

{{url link}}`,
    reason:
      "You get this email because this address was used to create an account on Crowdforge. If that wasn't you, ignore it: the account will not be activated.",
  },
  nl: {
    subject: 'Bevestig je e-mailadres voor Crowdforge',
    html: `
<h1>Bevestig je e-mailadres</h1>
<p>Welkom bij Crowdforge! Bevestig dat dit jouw adres is om je account af te maken.</p>
{{> button href=link label="E-mailadres bevestigen"}}`,
    text: `
Bevestig je e-mailadres

Welkom bij Crowdforge! Bevestig dat dit jouw adres is om je account af te maken:

{{url link}}`,
    reason:
      'Je krijgt deze e-mail omdat met dit adres een account is aangemaakt op Crowdforge. Was jij dat niet? Negeer de e-mail dan: het account wordt niet geactiveerd.',
  },
};
