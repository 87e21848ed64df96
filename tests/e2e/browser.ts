// Debian's Chromium for the browser tests, driven by playwright-core: one browser for the whole e2e project,
// started by global-setup.ts (a launch costs 1–3 s, and there are two dozen spec files); each file connects to it.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
