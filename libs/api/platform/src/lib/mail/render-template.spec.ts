import { MAIL_LANGUAGES } from './mail-message';
import { renderTemplate } from './render-template';
import { MAIL_TEMPLATES, type MailTemplateData, type MailTemplateName } from './templates/mail-templates';

const LINK = 'https://crowdforge.example/verify?token=abc&lang=en';
const EXPIRES_AT = new Date('2026-11-29T09:00:00Z');

const SAMPLES: MailTemplateData = {
  'verify-email': { link: LINK },
  'reset-password': { link: LINK, expiresAt: EXPIRES_AT },
  invitation: {
    organisationName: 'Gemeente Utrecht',
    inviterName: 'Anna de Vries',
    role: 'moderator',
    link: LINK,
    expiresAt: EXPIRES_AT,
  },
  notification: { title: 'Your idea was shortlisted', body: 'Congratulations.', link: LINK },
};

const render = <N extends MailTemplateName>(
  name: N,
  data: Partial<MailTemplateData[N]>,
  language: 'en' | 'nl' = 'en',
) => renderTemplate(name, { ...SAMPLES[name], ...data }, language);

describe('renderTemplate', () => {
  const names = Object.keys(MAIL_TEMPLATES) as MailTemplateName[];

  it.each(names.flatMap((name) => MAIL_LANGUAGES.map((language) => [name, language] as const)))(
    '%s in %s: a subject, an HTML page in that language and a plain text with the link, both with the footer',
    (name, language) => {
      const mail = renderTemplate(name, SAMPLES[name], language);
      expect(mail.subject).toMatch(/\S/);
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.html).toMatch(/^<!DOCTYPE html>/);
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).toContain('href="https://crowdforge.example/verify?token&#x3D;abc&amp;lang&#x3D;en"');
      expect(mail.text).toMatch(/^Crowdforge\n\n/);
      expect(mail.text).toContain(`\n${LINK}\n`);
      expect(mail.text).not.toMatch(/&amp;|&#x3D;|\{\{|\n{3}/);
      const reason = language === 'en' ? 'You get this email because' : 'Je krijgt deze e-mail omdat';
      expect(mail.html).toContain(reason);
      expect(mail.text).toMatch(new RegExp(`\\n--\\n${reason}.*\\n$`));
    },
  );

  it('speaks the requested language', () => {
    expect(render('verify-email', {}, 'en').subject).toBe('Confirm your email address for Crowdforge');
    expect(render('verify-email', {}, 'nl').subject).toBe('Bevestig je e-mailadres voor Crowdforge');
    expect(render('verify-email', {}, 'nl').html).toContain('E-mailadres bevestigen');
    expect(render('verify-email', {}, 'nl').html).toContain('Werkt de knop niet? Open deze link:');
    expect(render('invitation', {}, 'nl').subject).toBe(
      'Anna de Vries nodigt je uit voor Gemeente Utrecht op Crowdforge',
    );
  });

  it('shows expiry dates in Dutch time, written the way each language writes dates', () => {
    expect(render('reset-password', {}, 'en').text).toContain('The link works until 29 November 2026 at 10:00.');
    expect(render('reset-password', {}, 'nl').text).toContain('De link werkt tot 29 november 2026 om 10:00.');
    expect(render('invitation', {}, 'nl').html).toContain('De uitnodiging is geldig tot 29 november 2026 om 10:00.');
  });

  it('escapes user content in the HTML and keeps it as typed in the plain text', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const mail = render('invitation', { organisationName: hostile, inviterName: hostile, role: hostile });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;',
    );
    expect(mail.text).toContain(`${hostile} invited you to join ${hostile} on Crowdforge as ${hostile}.`);
  });

  it('escapes the subject in the HTML title and keeps it on one line', () => {
    const mail = render('invitation', { inviterName: 'Eve <b>\r\nBcc: victim@example.org' });
    expect(mail.subject).toBe('Eve <b> Bcc: victim@example.org invited you to Gemeente Utrecht on Crowdforge');
    expect(mail.html).toContain('<title>Eve &lt;b&gt; Bcc: victim@example.org invited you');
  });

  it('turns the paragraphs and lines of a notification body into escaped HTML paragraphs', () => {
    const mail = render('notification', { body: 'First line\nsecond <line>\n\n\nNew paragraph' });
    expect(mail.html).toContain('<p>First line<br>second &lt;line&gt;</p><p>New paragraph</p>');
    expect(mail.text).toContain('First line\nsecond <line>\n\nNew paragraph\n\nhttps://');
  });

  it('leaves the button out of a notification without a link', () => {
    const mail = render('notification', { link: undefined });
    expect(mail.html).not.toContain('<a href');
    expect(mail.text).toMatch(/Congratulations\.\n\n--\n/);
  });

  it.each(['javascript:alert(1)', '/relative/path', 'https://', ''])('refuses the link %j', (link) => {
    expect(() => render('verify-email', { link })).toThrow(/absolute http\(s\) URL/);
  });

  it('refuses data with a missing field instead of leaving a hole', () => {
    expect(() => renderTemplate('invitation', { link: LINK } as MailTemplateData['invitation'], 'en')).toThrow(
      /not defined/,
    );
  });

  it('refuses unknown templates and languages', () => {
    expect(() => renderTemplate('nope' as MailTemplateName, { link: LINK } as never, 'en')).toThrow(
      /Unknown mail template/,
    );
    expect(() => renderTemplate('verify-email', { link: LINK }, 'de' as 'en')).toThrow(/Unknown mail language/);
  });
});
