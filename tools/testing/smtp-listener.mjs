// A real SMTP server for integration and e2e tests that keeps every message it receives in memory,
// with a small HTTP API to read them and to make deliveries fail.
//
//   node tools/testing/smtp-listener.mjs [--smtp-port 2525] [--http-port 2580]
//
// A port of 0 (the default) takes any free one. Both listen on 127.0.0.1 only. Prints one line
// "READY smtp=<port> http=<port>" once both listen; stops on SIGTERM or SIGINT, and when the
// process that forked it goes away. SMTP: no TLS, any credentials or none are accepted, so
// SMTP_URL=smtp://user:pass@127.0.0.1:<port> works.
//
// HTTP API (JSON):
//   GET    /messages[?to=address]   200: the messages received, oldest first, optionally only those
//                                   to one address (case-insensitive):
//                                   [{ id, from, to: [address], subject, text, html, messageId, receivedAt }]
//                                   `to` holds the envelope recipients. Read links from `text`: the
//                                   HTML escapes "&" and "=" in them.
//   DELETE /messages                204: forget every message
//   POST   /fail-next?count=N&code=C  204: refuse the next N deliveries (default 1) with SMTP reply
//                                   code C (default 451, temporary; 5xx are permanent)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const HOST = '127.0.0.1';
const { values: args } = parseArgs({
  options: { 'smtp-port': { type: 'string', default: '0' }, 'http-port': { type: 'string', default: '0' } },
});

const messages = [];
const refusals = { remaining: 0, code: 451 };
let nextId = 1;

const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  authOptional: true,
  allowInsecureAuth: true,
  logger: false,
  banner: 'Crowdforge test SMTP listener',
  onAuth(auth, _session, callback) {
    callback(null, { user: auth.username });
  },
  onMailFrom(_address, _session, callback) {
    if (refusals.remaining === 0) return callback();
    refusals.remaining -= 1;
    const error = new Error(refusals.code >= 500 ? 'Refused by the test' : 'Try again later (test)');
    error.responseCode = refusals.code;
    callback(error);
  },
  onData(stream, session, callback) {
    simpleParser(stream).then((mail) => {
      messages.push({
        id: nextId++,
        from: mail.from?.text ?? '',
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
        messageId: mail.messageId ?? '',
        receivedAt: new Date().toISOString(),
      });
      callback();
    }, callback);
  },
});
smtp.on('error', (error) => console.error(`smtp-listener: ${error.message}`));

function answer(response, status, body) {
  response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${HOST}`);
  const route = `${request.method} ${url.pathname}`;
  if (route === 'GET /messages') {
    const to = url.searchParams.get('to')?.toLowerCase();
    const matching = to
      ? messages.filter((message) => message.to.some((address) => address.toLowerCase() === to))
      : messages;
    return answer(response, 200, matching);
  }
  if (route === 'DELETE /messages') {
    messages.length = 0;
    return answer(response, 204);
  }
  if (route === 'POST /fail-next') {
    const count = Number(url.searchParams.get('count') ?? 1);
    const code = Number(url.searchParams.get('code') ?? 451);
    if (!Number.isInteger(count) || count < 0 || !Number.isInteger(code) || code < 400 || code > 599) {
      return answer(response, 400, { error: 'count must be an integer ≥ 0 and code an SMTP code from 400 to 599' });
    }
    Object.assign(refusals, { remaining: count, code });
    return answer(response, 204);
  }
  answer(response, 404, { error: `no route ${route}` });
});

const listen = (server, port) => new Promise((resolve) => server.listen(Number(port), HOST, resolve));
await listen(smtp, args['smtp-port']);
await listen(http, args['http-port']);
process.stdout.write(`READY smtp=${smtp.server.address().port} http=${http.address().port}\n`);

// Messages live in memory only: there is nothing to finish before exiting.
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => process.exit(0));
if (process.send) process.once('disconnect', () => process.exit(0));
