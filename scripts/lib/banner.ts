import { DEMO_KEY_LABEL } from '../../shared/demo.ts';
import type { Stack } from './stack.ts';

/** What `npm start` prints: where everything is (the dashboard and the API docs first), and the demo shop's key. */
export function startBanner(stack: Pick<Stack, 'workerUrl' | 'shopUrl' | 'demo'>): string {
  const summaryUrl = `${stack.workerUrl}/v1/shops/${stack.demo.shopId}/summary`;

  return `
  Opinia is running.

  Dashboard:              ${stack.workerUrl}/dashboard?shop=${stack.demo.shopId}   (sign in with the demo owner key below)
  API docs:               ${stack.workerUrl}/docs   (every endpoint by example: README.md, "Every endpoint by example")
  Worker (API + widget):  ${stack.workerUrl}
  Demo shop pages:        ${stack.shopUrl}/
    thank-you page (en):  ${stack.shopUrl}/en/thank-you.html
  Demo shop id:           ${stack.demo.shopId}
  ${DEMO_KEY_LABEL.padEnd(24)}${stack.demo.ownerKey}

  The demo shop's summary:
    curl -H "Authorization: Bearer ${stack.demo.ownerKey}" ${summaryUrl}

  Press Ctrl+C to stop.
`;
}
