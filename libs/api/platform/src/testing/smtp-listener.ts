import { fork } from 'node:child_process';
import { resolve } from 'node:path';

// smtp-server and mailparser are ESM packages Jest cannot load: the listener runs as a child process.
const LISTENER_SCRIPT = resolve(__dirname, '../../../../../tools/testing/smtp-listener.mjs');

export interface ReceivedMail {
  id: number;
  from: string;
  /** Envelope recipients. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  receivedAt: string;
}

export interface SmtpListener {
  /** For the API's SMTP_URL; the listener accepts these (or any) credentials. */
  smtpUrl: string;
  /** Base URL of the listener's HTTP API (see tools/testing/smtp-listener.mjs). */
  httpUrl: string;
  messages(to?: string): Promise<ReceivedMail[]>;
  /** Resolves once `count` messages (to `to`, if given) have arrived. */
  waitForMessages(count: number, options?: { to?: string; timeoutMs?: number }): Promise<ReceivedMail[]>;
  clear(): Promise<void>;
  /** The next `count` deliveries are refused with SMTP reply `code` (451: try again later). */
  failNext(count: number, code?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A real SMTP server on free ports of 127.0.0.1 that keeps what it receives, for one test file. */
export async function startSmtpListener(): Promise<SmtpListener> {
  const child = fork(LISTENER_SCRIPT, [], { execArgv: [], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const { smtpPort, httpPort } = await new Promise<{ smtpPort: number; httpPort: number }>((resolveReady, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /READY smtp=(\d+) http=(\d+)/.exec(chunk.toString());
      if (match) resolveReady({ smtpPort: Number(match[1]), httpPort: Number(match[2]) });
    });
    child.once('exit', (code) => reject(new Error(`The SMTP listener exited with ${code}`)));
  });
  const httpUrl = `http://127.0.0.1:${httpPort}`;

  const call = async (method: string, path: string): Promise<Response> => {
    const response = await fetch(`${httpUrl}${path}`, { method });
    if (!response.ok) throw new Error(`SMTP listener: ${method} ${path} answered ${response.status}`);
    return response;
  };
  const messages = async (to?: string): Promise<ReceivedMail[]> =>
    (await call('GET', `/messages${to ? `?to=${encodeURIComponent(to)}` : ''}`)).json() as Promise<ReceivedMail[]>;

  return {
    smtpUrl: `smtp://crowdforge:test-password@127.0.0.1:${smtpPort}`,
    httpUrl,
    messages,
    waitForMessages: async (count, { to, timeoutMs = 15_000 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const received = await messages(to);
        if (received.length >= count) return received;
        if (Date.now() > deadline) {
          throw new Error(
            `Expected ${count} mails${to ? ` to ${to}` : ''} within ${timeoutMs} ms, got ${received.length}`,
          );
        }
        await new Promise((resolveWait) => setTimeout(resolveWait, 100));
      }
    },
    clear: async () => {
      await call('DELETE', '/messages');
    },
    failNext: async (count, code = 451) => {
      await call('POST', `/fail-next?count=${count}&code=${code}`);
    },
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
