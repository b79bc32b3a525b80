import { create, type HelperOptions, type TemplateDelegate } from 'handlebars';
import type { MailLanguage, RenderedMail } from './mail-message';
import { BUTTON_PARTIAL, LAYOUT_HTML, LAYOUT_TEXT, LAYOUT_WORDS } from './templates/layout';
import { MAIL_TEMPLATES, type MailTemplateData, type MailTemplateName } from './templates/mail-templates';

/** Dates in mails are shown as the platform's users read them: Dutch time, with its zone. */
export const MAIL_TIME_ZONE = 'Europe/Amsterdam';
const LOCALES: Record<MailLanguage, string> = { en: 'en-GB', nl: 'nl-NL' };

// An isolated instance, so helpers and partials here cannot clash with any other use of Handlebars.
const handlebars = create();

handlebars.registerPartial('button', BUTTON_PARTIAL);

/** Links must be absolute http(s) URLs: escaping alone would let a `javascript:` link through. */
handlebars.registerHelper('url', (value: unknown) => {
  if (typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value)) return value;
  throw new Error(`A mail link must be an absolute http(s) URL (got ${JSON.stringify(value)})`);
});

handlebars.registerHelper('date', (value: unknown, options: HelperOptions) => {
  const date = new Date(value as Date | string | number);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${JSON.stringify(value)}`);
  const language = (options.data as { language: MailLanguage }).language;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: MAIL_TIME_ZONE,
  }).format(date);
});

/** Plain text to paragraphs (split at blank lines) of lines. */
handlebars.registerHelper('paragraphs', (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.split(/\r?\n/)),
);

interface CompiledTemplate {
  subject: TemplateDelegate;
  html: TemplateDelegate;
  text: TemplateDelegate;
  reasonHtml: TemplateDelegate;
  reasonText: TemplateDelegate;
}

// Strict: a field missing from the data throws instead of leaving a hole in the mail.
const asHtml = (source: string) => handlebars.compile(source, { strict: true });
const asText = (source: string) => handlebars.compile(source, { strict: true, noEscape: true });

const layoutHtml = asHtml(LAYOUT_HTML);
const layoutText = asText(LAYOUT_TEXT);
const compiled = new Map<string, CompiledTemplate>();

function compiledTemplate(name: MailTemplateName, language: MailLanguage): CompiledTemplate {
  const key = `${name}.${language}`;
  let template = compiled.get(key);
  if (!template) {
    const sources = MAIL_TEMPLATES[name][language];
    template = {
      subject: asText(sources.subject),
      html: asHtml(sources.html),
      text: asText(sources.text),
      reasonHtml: asHtml(sources.reason),
      reasonText: asText(sources.reason),
    };
    compiled.set(key, template);
  }
  return template;
}

/** Subject, HTML and plain text of a template in one language; user content in `data` is escaped in the HTML. */
export function renderTemplate<N extends MailTemplateName>(
  name: N,
  data: MailTemplateData[N],
  language: MailLanguage,
): RenderedMail {
  if (!(name in MAIL_TEMPLATES)) throw new Error(`Unknown mail template "${name}"`);
  if (!(language in LOCALES)) throw new Error(`Unknown mail language "${language}"`);
  const template = compiledTemplate(name, language);
  const options = { data: { language, ...LAYOUT_WORDS[language] } };
  // A subject is one header line: user content must not break it.
  const subject = template.subject(data, options).replace(/\s+/g, ' ').trim();
  return {
    subject,
    html: layoutHtml(
      { language, subject, content: template.html(data, options).trim(), reason: template.reasonHtml(data, options) },
      options,
    ),
    text: tidy(layoutText({ content: tidy(template.text(data, options)), reason: template.reasonText(data, options) })),
  };
}

function tidy(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
