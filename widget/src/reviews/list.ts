// The summary (average, count, 5→1 bars that filter), the disclosure, the sort select and the list with
// "show more". Built once and updated in place, so the keyboard focus never falls off a replaced element.
import type { PublicReview, ReviewSort, ReviewsPage } from '../../../shared/reviews.ts';
import { listReviews, voteHelpful, type ApiError } from './api.ts';
import type { Ctx } from './context.ts';
import { h, star, starsView } from './dom.ts';
import { hasVoted, rememberVote, voterId } from './votes.ts';

const SORTS: ReviewSort[] = ['newest', 'highest', 'lowest', 'helpful'];

export interface ReviewList {
  element: HTMLElement;
  /** Loads the first page again; `shown` as for load(). False when it could not. */
  reload(shown?: () => void): Promise<boolean>;
}

export function createList(ctx: Ctx): ReviewList {
  const { m, options } = ctx;
  let sort: ReviewSort = 'newest';
  let rating: number | undefined;
  let cursor: string | null = null;
  let loads = 0;

  const average = h('p', { class: 'average' });
  // A bar's name comes from its content ("5 stars: 3 reviews", in a visually hidden span), not from an aria-label
  // that would not contain the visible "5 … 3" (axe's label-in-name); what is seen is hidden from screen readers.
  const bars = [5, 4, 3, 2, 1].map((stars) => {
    const fill = h('span', { class: 'fill' });
    const count = h('span', { 'aria-hidden': 'true' });
    const name = h('span', { class: 'sr' });
    const button = h(
      'button',
      { type: 'button', class: 'bar', 'aria-pressed': 'false', onclick: () => void filter(rating === stars ? undefined : stars) },
      h('span', { 'aria-hidden': 'true' }, `${stars}`, star(true)),
      h('span', { class: 'track' }, fill),
      count,
      name,
    );
    return { stars, button, fill, count, name };
  });
  const disclosure = h('p');
  const select = h('select', { onchange: () => void filter(rating, select.value as ReviewSort) });
  for (const value of SORTS)
    select.append(h('option', { value }, m[`sort${value[0]!.toUpperCase()}${value.slice(1)}` as 'sortNewest']));
  const list = h('ol');
  const more = h('button', { type: 'button', hidden: true, onclick: () => void load(false) }, m.reviewsMore);
  const status = h('p', { class: 'status', role: 'status' });

  const element = h('div', null, average, ...bars.map((bar) => bar.button));
  // The rest goes on screen a task after the summary (see load).
  const details = h('details', null, h('summary', null, m.reviewsDisclosure), disclosure);
  const sortLabel = h('label', { class: 'sort' }, `${m.reviewsSort} `, select);
  const tail = [details, sortLabel, list, more, status];
  /** Whether a summary was ever shown: without one there is nothing to draw bars of or to sort. */
  let loaded = false;
  const showTail = () => more.parentNode || element.append(...tail);

  function showSummary(page: ReviewsPage): void {
    const { aggregate } = page;
    const rounded = aggregate.average === null ? 0 : Math.round(aggregate.average);
    const value = ctx.oneDecimal(aggregate.average ?? 0);
    const averageText = m.reviewsAverage.replace('{n}', value);
    if (aggregate.count)
      average.replaceChildren(
        starsView(rounded, averageText),
        h('strong', { 'aria-hidden': 'true' }, value),
        ` ${ctx.count(m.reviewsCount, aggregate.count)}`,
      );
    for (const bar of bars) {
      const n = aggregate.distribution[String(bar.stars) as '1'];
      bar.fill.style.width = `${aggregate.count ? (100 * n) / aggregate.count : 0}%`; // CSSOM: allowed by a strict CSP
      bar.count.textContent = String(n);
      bar.name.textContent = `${ctx.count(m.stars, bar.stars)}: ${ctx.count(m.reviewsCount, n)}`;
      bar.button.setAttribute('aria-pressed', String(rating === bar.stars));
      bar.button.disabled = n === 0 && rating !== bar.stars;
    }
    disclosure.textContent = page.disclosure.text;
  }

  /** Loads a page of reviews; `shown` (idempotent) is called once the summary is in place, or loading failed. */
  async function load(reset: boolean, shown?: () => void): Promise<boolean> {
    const thisLoad = ++loads;
    try {
      const page = await listReviews(options, ctx.productId, { sort, rating, lang: ctx.lang, cursor: reset ? null : cursor });
      if (loads !== thisLoad) return true; // a newer sort or filter took over the list meanwhile
      if (reset) list.replaceChildren();
      loaded = true;
      showSummary(page);
      status.textContent = page.aggregate.count ? '' : m.reviewsNone;
      // A few reviews per task: building and laying out a whole page of them at once is a long task on a slow phone.
      for (let start = 0; start < page.reviews.length; start += 3) {
        shown?.();
        await new Promise((next) => setTimeout(next));
        if (loads !== thisLoad) return true;
        showTail();
        list.append(...page.reviews.slice(start, start + 3).map((review) => item(ctx, review)));
      }
      cursor = page.nextCursor;
      more.hidden = !cursor;
    } catch (error) {
      // A wrong data-shop (or a page not among the shop's origins): not set up, and the console says why (api.ts).
      status.textContent = /^(shop_not_found|origin_not_allowed)$/.test((error as ApiError).code)
        ? m.reviewsNotSetUp
        : m.reviewsFailed;
      // No data: no bars drawn at 100 %, nothing to sort or filter.
      for (const part of [...bars.map((bar) => bar.button), details, sortLabel]) part.hidden = !loaded;
    }
    shown?.();
    showTail();
    return loaded;
  }

  function filter(stars: number | undefined, newSort = sort): Promise<boolean> {
    rating = stars;
    sort = newSort;
    for (const bar of bars) bar.button.setAttribute('aria-pressed', String(rating === bar.stars));
    return load(true);
  }

  return { element, reload: (shown) => load(true, shown) };
}

/** One review: stars, title, author, date, badge, text, the shop's reply and the helpful vote. */
function item(ctx: Ctx, review: PublicReview): HTMLLIElement {
  const { m } = ctx;
  const lang = review.lang.length < 4 ? review.lang : null; // the worker may say "other": no lang attribute then
  const vote = h('button', { type: 'button' }, m.reviewHelpfulYes.replace('{n}', String(review.helpful)));
  const setVoted = () => vote.setAttribute('aria-disabled', 'true');
  if (hasVoted(review.id)) setVoted();
  vote.onclick = async () => {
    if (hasVoted(review.id)) return;
    rememberVote(review.id);
    setVoted();
    try {
      const { helpful } = await voteHelpful(ctx.options, review.id, voterId());
      vote.textContent = m.reviewHelpfulYes.replace('{n}', String(helpful));
    } catch {}
  };
  return h(
    'li',
    null,
    starsView(review.rating, ctx.count(m.stars, review.rating)),
    review.title && h('h3', { lang }, review.title),
    h(
      'p',
      { class: 'meta' },
      review.authorName ?? m.reviewAnonymous,
      ' · ',
      h('time', { datetime: review.createdAt }, ctx.date(review.createdAt)),
      review.verified && h('span', { class: 'badge' }, m.reviewVerified),
    ),
    review.body && h('p', { class: 'body', lang }, review.body),
    review.reply && h('div', { class: 'reply' }, h('p', null, m.reviewReply), h('p', { class: 'body' }, review.reply.text)),
    h('p', { class: 'helpful' }, `${m.reviewHelpful} `, vote),
  );
}
