// The offline outbox: answers that could not be sent (offline, timeout, 5xx, 408/429 after ky's retries)
// wait in localStorage, one list per shop, and go out again with the SAME clientId (the worker stores an
// answer once per clientId, so sending twice is harmless). Shared by the loader (which flushes on every page
// view, on `online` and on page hide) and the UI chunk (which saves). Plain fetch: no ky in the loader.

/** One saved answer: the URL it goes to, its JSON body exactly as first sent, and its clientId. */
export interface Saved {
  u: string;
  b: string;
  i: string;
}

/** Fired on window when the loader's flush settled a saved answer: `detail` is [clientId, stored]. */
export const SENT_EVENT = 'opinia-sent';

export const outboxKey = (shopId: string): string => `opinia-outbox:${shopId}`;

/**
 * Where the UI chunk keeps the clientId of this browser's last answer that may be a complaint (for the reply card,
 * reply/mount.ts; the loader only asks whether it is there). It identifies an answer, not a person.
 */
export const clientIdKey = (shopId: string): string => `${outboxKey(shopId)}:id`;

function read(key: string): Saved[] {
  try {
    return JSON.parse(localStorage.getItem(key) || '[]') as Saved[];
  } catch {
    return []; // no storage (sandboxed frame, privacy mode) or garbage in it
  }
}

function write(key: string, items: Saved[]): void {
  try {
    if (items.length) localStorage.setItem(key, JSON.stringify(items));
    else localStorage.removeItem(key);
  } catch {
    // storage full or blocked: the answer is lost, as it would have been without an outbox
  }
}

export const save = (key: string, item: Saved): void => write(key, [...read(key).filter((old) => old.i !== item.i), item]);

const drop = (key: string, id: string): void =>
  write(
    key,
    read(key).filter((old) => old.i !== id),
  );

const post = (item: Saved): Promise<Response> =>
  fetch(item.u, { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' }, body: item.b });

/**
 * Sends every saved answer once, with `keepalive` so that a send started as the page hides outlives the page.
 * (Not navigator.sendBeacon: the worker wants `application/json`, a JSON Blob beacon is a preflighted CORS
 * request, and beacons are sent with credentials, which the worker's CORS — rightly — does not allow:
 * Chromium drops the beacon after the preflight. A keepalive fetch has credentials "same-origin".) 2xx: stored. A 4xx other than 408/429: it can never succeed. Both leave the
 * outbox; anything else (offline, 5xx, 408, 429) stays for the next chance.
 */
export function flush(key: string): void {
  for (const item of read(key)) {
    post(item).then(
      ({ status }) => {
        if (status < 500 && status !== 408 && status !== 429) {
          drop(key, item.i);
          dispatchEvent(new CustomEvent(SENT_EVENT, { detail: [item.i, status < 400] }));
        }
      },
      () => {},
    );
  }
}
