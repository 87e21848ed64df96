// `npm start`: the whole thing locally (run after `npm run build:widget`, which the npm script does).
import { startStack } from './lib/stack.ts';

const port = Number(process.env.PORT ?? 8787);
const stack = await startStack({ port, shopPort: Number(process.env.SHOP_PORT ?? port + 1) });
const summaryUrl = `${stack.workerUrl}/v1/shops/${stack.demo.shopId}/summary`;

console.log(`
  Opinia is running.

  Worker (API + widget):  ${stack.workerUrl}        API docs: ${stack.workerUrl}/docs
  Demo shop pages:        ${stack.shopUrl}/
    thank-you page (en):  ${stack.shopUrl}/en/thank-you.html
  Demo shop id:           ${stack.demo.shopId}
  Demo owner key:         ${stack.demo.ownerKey}

  The demo shop's summary:
    curl -H "Authorization: Bearer ${stack.demo.ownerKey}" ${summaryUrl}

  Press Ctrl+C to stop.
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await stack.stop();
    process.exit(0);
  });
}
