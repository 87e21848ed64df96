// Screenshots of the widget's states for docs/screenshots (the README gallery), written only with SCREENSHOTS=1
// so that `npm test` leaves the checkout clean.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';

export const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

export async function shoot(target: Locator, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}
