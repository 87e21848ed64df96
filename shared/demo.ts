// The demo shop `npm start` seeds, as the terminal names it: the sign-in page's local hint quotes the same words.

export const DEMO_SHOP_ID = 'demo';
/** The label of the banner line that carries the demo shop's owner key (scripts/lib/banner.ts). */
export const DEMO_KEY_LABEL = 'Demo owner key:';
/**
 * The demo shop's name, as shoppers read it (the reply card, the hosted page, e-mails): a real shop's name, with no
 * "(demo)" in it. The owner learns it is demo data from the shop id in the dashboard's top bar.
 */
export const DEMO_SHOP_NAME = 'Zielony Kosz';
