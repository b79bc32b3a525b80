const port = Number(process.env['E2E_PORT'] ?? '3100');

/** The test SMTP listener's HTTP API, started by e2e/serve.mjs beside the platform. */
export const mailApiUrl = `http://127.0.0.1:${port + 2}`;

interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** The newest mail to `to` whose subject matches, waiting for the platform's mail job to send it. */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${mailApiUrl}/messages?to=${encodeURIComponent(to)}`);
    const mails = (await response.json()) as ReceivedMail[];
    const match = mails.reverse().find((mail) => subject.test(mail.subject));
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs} ms`);
}

/** The first link in a mail's text that leads to `path` on the platform. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[0];
}
