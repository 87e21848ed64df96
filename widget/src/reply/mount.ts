// widget-reply.[hash].js, the reply card: loaded by widget.js only where the page names the customer (data-customer)
// or this browser answered the shop before (its clientId, ../outbox.ts clientIdKey). It asks once for the shop's
// replies waiting for this customer (GET …/replies, cached by the browser for 5 minutes) and shows the newest in a
// small card of its own (<opinia-reply>, pinned to the bottom corner): the reply as plain text, then "Did we make it
// right?" yes / partly / no, a new 1–5 rating and an optional comment, sent as an answer of kind follow_up with the
// reply's token. It never asks for a public review. Plain DOM, no Preact: the card must stay small.
import type { PendingReplies, PendingReply } from '../../../shared/close-loop.ts';
import type { ResponseInput, Solved } from '../../../shared/schemas.ts';
import { adoptStyles } from '../adopt-styles.ts';
import { canonicalLocale, newClientId, responsesUrl } from '../api.ts';
import type { MountWidget, WidgetOptions } from '../options.ts';
import { clientIdKey } from '../outbox.ts';
import { h, star } from '../reviews/dom.ts';
import { applyScheme } from '../scheme.ts';
import { store } from '../triggers.ts';
import css from './reply.css?inline';
import { REPLY_TEXTS } from '../../../shared/reply-texts.ts';

/** The pending-replies request: this browser's stored clientId and the page's customer, whichever there are. */
export function repliesUrl(options: WidgetOptions): string {
  const query = new URLSearchParams();
  const clientId = store(clientIdKey(options.shopId));
  const customer = options.customerRef || options.customer;
  if (clientId) query.set('clientId', clientId);
  if (customer) query.set('customer', customer);
  return `${options.apiBase}/v1/shops/${encodeURIComponent(options.shopId)}/replies?${query}`;
}

/** "Close" hides a reply for the rest of the browsing session (it comes back on a later visit until answered). */
const closedKey = (reply: PendingReply) => `opinia-reply-closed:${reply.id}`;
const closed = (reply: PendingReply): boolean => {
  try {
    return !!sessionStorage.getItem(closedKey(reply));
  } catch {
    return false;
  }
};

export const mount: MountWidget = (_root, options) => {
  const url = repliesUrl(options);
  fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<PendingReplies>) : { replies: [] }))
    .then(({ replies }) => {
      const reply = replies.find((pending) => !closed(pending));
      if (reply) show(options, reply, url);
    })
    .catch(() => {}); // offline or blocked: no card this time
};

function show(options: WidgetOptions, reply: PendingReply, url: string): void {
  const t = REPLY_TEXTS[reply.lang] ?? REPLY_TEXTS.en;
  const shop = (text: string) => text.replace('$', reply.shopName);
  const host = document.createElement('opinia-reply');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, css);
  const clientId = newClientId(); // the same id on every try: the worker stores the follow-up once
  const shownAt = Date.now();
  let solved: Solved | undefined;
  let rating: number | undefined;
  let busy = false;

  const choices = (['yes', 'partly', 'no'] as const).map((value) =>
    h('label', null, h('input', { type: 'radio', name: 'solved', value, onchange: () => (solved = value) }), t[value]),
  );
  const stars = [1, 2, 3, 4, 5].map((n) =>
    h(
      'label',
      null,
      h('input', {
        type: 'radio',
        name: 'rating',
        value: n,
        'aria-label': t.stars.replace('$', String(n)),
        onchange: () => {
          rating = n;
          stars.forEach((label, index) => label.lastElementChild!.classList.toggle('on', index < n));
        },
      }),
      star(false),
    ),
  );
  const comment = h('textarea', { rows: 2, maxlength: 2000 });
  const submit = h('button', { type: 'submit' }, t.send);
  const status = h('p', { class: 'status', role: 'status', tabindex: -1 });
  const form = h(
    'form',
    { novalidate: true, onsubmit: (event: Event) => void send(event) },
    h('fieldset', null, h('legend', null, t.solved), h('div', { class: 'choices' }, ...choices)),
    h('fieldset', null, h('legend', null, t.rate), h('div', { class: 'stars' }, ...stars)),
    h('label', { class: 'field' }, t.comment, comment),
    submit,
  );
  const close = () => {
    try {
      sessionStorage.setItem(closedKey(reply), '1');
    } catch {
      // no storage: the card comes back on the next page view
    }
    host.remove();
  };
  const card = h(
    'section',
    {
      class: 'card',
      lang: reply.lang,
      'aria-labelledby': 'reply-title',
      onkeydown: (event: Event) => (event as KeyboardEvent).key === 'Escape' && close(),
    },
    h('button', { type: 'button', class: 'close', 'aria-label': t.close, onclick: close }, '×'),
    h('h2', { id: 'reply-title' }, shop(t.title)),
    h('p', { class: 'text' }, reply.text),
    form,
    status,
  );
  root.append(card);
  document.body.append(host);
  applyScheme(root, options.theme);

  async function send(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (!solved || !rating) return void (status.textContent = t.missing);
    busy = true;
    submit.setAttribute('aria-disabled', 'true'); // not disabled: that would drop the keyboard focus
    status.textContent = t.sending;
    const input: ResponseInput = {
      clientId,
      kind: 'follow_up',
      followUpOf: reply.attentionId,
      followUpToken: reply.followUpToken,
      solved,
      rating,
      comment: comment.value.trim() || undefined,
      locale: canonicalLocale(options.locale),
      website: '',
      elapsedMs: Date.now() - shownAt,
    } as ResponseInput;
    try {
      const response = await fetch(responsesUrl(options.apiBase, options.shopId), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      if (!response.ok) throw response;
      form.hidden = true;
      status.textContent = shop(t.thanks);
      status.focus();
      // The browser keeps the pending list for 5 minutes: read it again now, so the next page shows no card.
      void fetch(url, { cache: 'reload' }).catch(() => {});
    } catch {
      status.textContent = t.failed;
    } finally {
      busy = false;
      submit.removeAttribute('aria-disabled');
    }
  }
}
