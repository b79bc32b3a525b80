import type { MailLanguage } from '../mail-message';

const PRIMARY = '#0f5f6e';
const MUTED = '#52606d';

/** Words of the layout and partials, available in every template as `@linkFallback` etc. */
export const LAYOUT_WORDS: Record<MailLanguage, { linkFallback: string }> = {
  en: { linkFallback: 'Button not working? Open this link:' },
  nl: { linkFallback: 'Werkt de knop niet? Open deze link:' },
};

/** `{{> button href=link label="…"}}`: a call to action, with the bare link for clients that hide buttons. */
export const BUTTON_PARTIAL = `
<p style="margin:28px 0 12px">
  <a href="{{url href}}" style="display:inline-block;padding:12px 24px;border-radius:6px;background:${PRIMARY};color:#ffffff;font-weight:bold;text-decoration:none">{{label}}</a>
</p>
<p style="margin:0 0 16px;font-size:13px;color:${MUTED}">
  {{@linkFallback}}<br><a href="{{url href}}" style="color:${PRIMARY};word-break:break-all">{{url href}}</a>
</p>`;

// `content` and `reason` arrive rendered (their user content escaped already), hence the triple braces.
export const LAYOUT_HTML = `<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{{subject}}</title>
<style>
  h1 { margin: 0 0 16px; font-size: 22px; line-height: 1.3; }
  p { margin: 0 0 16px; }
</style>
</head>
<body style="margin:0;padding:0;background:#f1f4f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f4f5">
  <tr>
    <td align="center" style="padding:24px 12px">
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px;font-family:Roboto,Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933">
        <tr>
          <td style="padding:18px 32px;border-radius:8px 8px 0 0;background:${PRIMARY};color:#ffffff;font-size:20px;font-weight:bold">Crowdforge</td>
        </tr>
        <tr>
          <td style="padding:32px 32px 16px">{{{content}}}</td>
        </tr>
        <tr>
          <td style="padding:16px 32px 24px;border-top:1px solid #dde3e6;font-size:13px;color:${MUTED}">{{{reason}}}</td>
        </tr>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
`;

export const LAYOUT_TEXT = `Crowdforge

{{content}}

--
{{reason}}
`;
