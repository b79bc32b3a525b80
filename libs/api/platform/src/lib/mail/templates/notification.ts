import type { MailTemplate } from './mail-template';

export interface NotificationData {
  title: string;
  /** Plain text; blank lines separate paragraphs. */
  body: string;
  link?: string;
}

// Paragraphs and line breaks of the body become <p> and <br>; every line is escaped by {{ }}.
const BODY_HTML =
  '{{#each (paragraphs body)}}<p>{{#each this}}{{this}}{{#unless @last}}<br>{{/unless}}{{/each}}</p>{{/each}}';

export const NOTIFICATION: MailTemplate = {
  en: {
    subject: '{{title}}',
    html: `
<h1>{{title}}</h1>
${BODY_HTML}
{{#if link}}{{> button href=link label="Open in Crowdforge"}}{{/if}}`,
    text: `
{{title}}

{{body}}
{{#if link}}

{{url link}}
{{/if}}`,
    reason: 'You get this email because you have a Crowdforge account and this message is meant for you.',
  },
  nl: {
    subject: '{{title}}',
    html: `
<h1>{{title}}</h1>
${BODY_HTML}
{{#if link}}{{> button href=link label="Openen in Crowdforge"}}{{/if}}`,
    text: `
{{title}}

{{body}}
{{#if link}}

{{url link}}
{{/if}}`,
    reason: 'Je krijgt deze e-mail omdat je een account hebt op Crowdforge en dit bericht voor jou bedoeld is.',
  },
};
