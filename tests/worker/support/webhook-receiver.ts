// A local webhook receiver for the worker tests (runs in Node, outside workerd).
// POST /ok/<key> answers 200; /fail-once/<key> answers 500 the first time, then 200; /down/<key> always 503;
// /redirect/<key> answers 307 to /ok/<key>-followed.
// GET /log/<key> returns what arrived at <key>: [{ path, headers, body }].
import { createServer } from 'node:http';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webhookReceiverUrl: string;
  }
}

export default async function startWebhookReceiver(project: TestProject) {
  const received = new Map<string, { path: string; headers: Record<string, string>; body: string }[]>();
  const server = createServer((request, response) => {
    const [, mode = '', key = ''] = (request.url ?? '').split('/');
    if (request.method === 'GET' && mode === 'log') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(received.get(key) ?? []));
      return;
    }
    if (mode === 'redirect') {
      // Sends the sender on to /ok/<key>-followed: a sender that follows redirects shows up in that log.
      const log = received.get(key) ?? [];
      log.push({ path: request.url ?? '', headers: request.headers as Record<string, string>, body: '' });
      received.set(key, log);
      response.writeHead(307, { Location: `/ok/${key}-followed` }).end();
      return;
    }
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const log = received.get(key) ?? [];
      log.push({ path: request.url ?? '', headers: request.headers as Record<string, string>, body });
      received.set(key, log);
      const status = mode === 'ok' ? 200 : mode === 'fail-once' ? (log.length === 1 ? 500 : 200) : 503;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('receiver did not start');
  project.provide('webhookReceiverUrl', `http://127.0.0.1:${address.port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
