// "Write a review": stars (a native radio group: arrows move and select, Tab lands on the checked star),
// title, text and name. Posts kind "review" with the shop's order token when the page has one; the answer
// does not say published or held, so the list is read again: a review not in it waits for the owner's check.
// The order token is checked when the form opens: one that cannot verify (spent, invalid, expired) is dropped and
// the form says so, offering to send the review unverified, before the shopper writes (issue #14 item 5).
// Also the whole of data-mode="review" (mount.ts): the same fields and messages as under a product's reviews.
import { REVIEW_FORM_LOCALES } from '../../../shared/locales-review-form.ts';
import type { OrderTokenCheck } from '../../../shared/order-token-check.ts';
import type { ResponseInput } from '../../../shared/schemas.ts';
import { newClientId } from '../api.ts';
import { clientIdKey } from '../outbox.ts';
import { store } from '../triggers.ts';
import { listReviews, post, postReview, url, type Api, type ApiError } from './api.ts';
import type { Ctx } from './context.ts';
import { h, star } from './dom.ts';

const ERRORS: Record<string, 'orderTokenUsed' | 'orderTokenInvalid' | 'tooFast'> = {
  order_token_used: 'orderTokenUsed',
  order_token_invalid: 'orderTokenInvalid',
  order_token_wrong_product: 'orderTokenInvalid',
  order_token_expired: 'orderTokenInvalid',
  spam_suspected: 'tooFast',
};

/** Whether the page's order token can still verify a review of the product (`POST …/order-tokens/check`). */
const checkOrderToken = (api: Api, orderToken: string, productId: string) =>
  post<OrderTokenCheck>(url(api, '/order-tokens/check'), { orderToken, productId });

export function createForm(ctx: Ctx, onPosted: () => void): HTMLElement {
  const { m, options } = ctx;
  const clientId = newClientId(); // the same id on every try: the worker never stores the review twice
  const shownAt = Date.now();
  let rating: number | undefined;
  let busy = false;
  let token = options.orderToken;

  const labels = [1, 2, 3, 4, 5].map((stars) =>
    h(
      'label',
      null,
      h('input', {
        type: 'radio',
        name: 'rating',
        value: stars,
        'aria-label': ctx.count(m.stars, stars),
        onchange: () => choose(stars),
      }),
      star(false),
    ),
  );
  const field = (label: string, control: HTMLInputElement | HTMLTextAreaElement) =>
    h('label', { class: 'field' }, h('span', { class: 'label' }, label), control);
  const title = h('input', { maxlength: 120 });
  const text = h('textarea', { rows: 4, maxlength: 4000 });
  const name = h('input', { maxlength: 60, autocomplete: 'given-name' });
  const submit = h('button', { type: 'submit', class: 'primary' }, m.reviewSubmit);
  const status = h('p', { class: 'status', role: 'status', tabindex: -1 });
  const badge = h('p', { class: 'badge' }, m.reviewAsVerified);
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'write-title', onsubmit: (event: Event) => void send(event) },
    h('h3', { id: 'write-title' }, m.writeReview),
    // Says whether the review will count as a verified purchase, or why not (unverified()).
    token && badge,
    h('p', { id: 'rating-label', class: 'label' }, m.ratingLabel),
    h('div', { role: 'radiogroup', 'aria-labelledby': 'rating-label', class: 'stars' }, ...labels),
    field(m.reviewTitleLabel, title),
    field(m.textLabel, text),
    field(m.reviewNameLabel, name),
    submit,
  );

  /** The token cannot verify this review (`code`, as the worker says): it is not sent, and the form says so. */
  function unverified(code: string): string {
    token = undefined;
    badge.className = 'note';
    return (badge.textContent = `${m[ERRORS[code] ?? 'orderTokenInvalid']} ${REVIEW_FORM_LOCALES[ctx.locale].postUnverified}`);
  }
  if (token)
    void checkOrderToken(options, token, ctx.productId).then(
      ({ problem }) => problem && unverified(problem),
      () => {},
    );

  function choose(stars: number): void {
    rating = stars;
    labels.forEach((label, index) => label.lastElementChild!.classList.toggle('on', index < stars));
  }

  async function send(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (!rating) return void (status.textContent = m.ratingRequired);
    busy = true;
    submit.setAttribute('aria-disabled', 'true'); // not disabled: that would drop the keyboard focus
    status.textContent = m.sending;
    const input: ResponseInput = {
      clientId,
      kind: 'review',
      touchpoint: options.touchpoint,
      rating,
      comment: text.value.trim() || undefined,
      title: title.value.trim() || undefined,
      authorName: name.value.trim() || undefined,
      locale: ctx.lang,
      productId: ctx.productId,
      productName: options.productName,
      orderId: options.orderId,
      customerRef: options.customerRef || options.customer,
      segment: options.segment,
      orderToken: token,
      website: '',
      elapsedMs: Date.now() - shownAt,
    };
    try {
      const { id, sentiment } = await postReview(options, input);
      // A review that may be a complaint (under 4★, or words that are not praise): its clientId stays in this browser,
      // so that the reply card (../reply/mount.ts) finds the shop's reply on a later page view, as after the form's answers.
      if (rating < 4 || (sentiment && sentiment.label !== 'positive')) store(clientIdKey(options.shopId), clientId);
      // Published or held? Published reviews are in the newest-first list.
      const newest = await listReviews(options, ctx.productId, { sort: 'newest', limit: 20 }).catch(() => null);
      const mine = newest?.reviews.find((review) => review.id === id);
      form.hidden = true;
      status.textContent = mine ? (mine.verified ? m.reviewPublishedVerified : m.reviewPublished) : m.reviewHeld;
      status.focus();
      onPosted();
    } catch (error) {
      const { code } = error as ApiError;
      // Spent (or refused) meanwhile: the next press sends it unverified.
      status.textContent = token && code.startsWith('order_token') ? unverified(code) : m[ERRORS[code] ?? 'failed'];
    } finally {
      busy = false;
      submit.removeAttribute('aria-disabled');
    }
  }

  return h('div', { class: 'write' }, form, status);
}
