// The demo shop `npm start` seeds, as the terminal names it: the sign-in page's local hint quotes the same words.

export const DEMO_SHOP_ID = 'demo';
/** The label of the banner line that carries the demo shop's owner key (scripts/lib/banner.ts). */
export const DEMO_KEY_LABEL = 'Demo owner key:';
