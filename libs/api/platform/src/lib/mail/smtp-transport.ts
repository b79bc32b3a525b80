import { createTransport, type Transporter } from 'nodemailer';
import type { QueuedMail } from './mail-message';
import { MailTransport } from './mail-transport';

/** Delivers through the SMTP server of SMTP_URL; STARTTLS is used whenever the server offers it. */
export class SmtpTransport extends MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;
  private readonly senderDomain: string;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    const { hostname, port, protocol } = new URL(smtpUrl);
    this.description = `the SMTP server ${hostname}:${port || (protocol === 'smtps:' ? 465 : 587)}`;
    this.senderDomain = /@([^\s<>@]+)>?$/.exec(from)?.[1] ?? 'crowdforge.local';
    this.transporter = createTransport({
      url: smtpUrl,
      // A job waits for the server: fail within seconds and let the retry try again.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // Messages carry no attachments: never let content make the server read files or fetch URLs.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  async deliver(message: QueuedMail, deliveryId: string): Promise<string> {
    const info = await this.transporter.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // One Message-ID for every attempt, so a retry after a lost answer is recognisable as a duplicate.
      messageId: `<${deliveryId}@${this.senderDomain}>`,
      headers: { 'Content-Language': message.language, 'Auto-Submitted': 'auto-generated' },
    });
    return `SMTP ${info.messageId}: ${info.response}`;
  }
}
