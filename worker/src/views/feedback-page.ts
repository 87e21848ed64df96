import type { InvitationLocale, InvitationTouchpoint } from '../../../shared/invitations.ts';
import { fill, textsFor } from '../domain/invitation-texts.ts';
import { escapeHtml, textColorOn } from './html.ts';

/**
 * The hosted feedback page (`/f/<token>`): plain HTML forms, no script, no cookie, no third-party request.
 * A GET only shows the form (links pre-select the rating); only pressing Send (a POST) records an answer.
 */

export interface PageShop {
  name: string;
  brandColor: string;
}

const CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f5f5f7}
main{max-width:36rem;margin:0 auto;padding:1.25rem 1rem 3rem}
header{border-top:6px solid var(--brand);padding-top:.75rem;margin-bottom:1rem}
.shop{font-weight:700;font-size:1.1rem;margin:0}
.order{margin:0;color:#555}
h1{font-size:1.45rem;line-height:1.25;margin:.5rem 0 1rem}
form,.card{background:#fff;border-radius:12px;padding:1rem;box-shadow:0 1px 3px #0002}
fieldset{border:0;margin:0 0 1rem;padding:0;min-width:0}
legend{font-weight:600;margin-bottom:.35rem;padding:0}
.scale{display:flex;flex-wrap:wrap;gap:.15rem}
.scale input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.stars label{font-size:2.6rem;line-height:1;color:#767676;cursor:pointer;padding:.1rem .2rem;border-radius:6px}
.stars:has(:checked) label{color:var(--brand)}
.stars :checked+label~label{color:#767676}
.nps label{min-width:2.6rem;padding:.55rem 0;text-align:center;border:2px solid currentColor;border-radius:8px;cursor:pointer;font-weight:600;color:#444}
.nps :checked+label{background:var(--brand);color:var(--on-brand);border-color:var(--brand)}
.scale input:focus-visible+label{outline:3px solid #1a5fb4;outline-offset:2px}
.hint{font-size:.9rem;color:#555;margin:.25rem 0 0}
.field{display:block;margin:.75rem 0 .25rem;font-weight:600}
textarea,input[type=text]{width:100%;font:inherit;padding:.6rem;border:1px solid #767676;border-radius:8px;background:#fff;color:inherit}
textarea{min-height:5.5rem}
button,.button{display:inline-block;margin-top:1rem;font:inherit;font-weight:700;padding:.8rem 1.6rem;border:0;border-radius:10px;background:var(--brand);color:var(--on-brand);cursor:pointer;text-decoration:none}
button:focus-visible,.button:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.product{border-top:1px solid #ddd;padding-top:1rem}
.error{color:#a4000f;font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}form,.card{background:#1c1c1e;box-shadow:none}
.order,.hint{color:#bbb}.stars label,.stars :checked+label~label{color:#9a9a9a}.nps label{color:#ddd}
textarea,input[type=text]{background:#111;border-color:#888}.error{color:#ff8a8a}.product{border-color:#444}}`;

export function document(locale: InvitationLocale, shop: PageShop, title: string, main: string): string {
  const vars = `--brand:${shop.brandColor};--on-brand:${textColorOn(shop.brandColor)}`;
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)} · ${escapeHtml(shop.name)}</title>` +
    `<style>:root{${vars}}${CSS}</style></head><body><main>${main}</main></body></html>`
  );
}

export function header(shop: PageShop, locale: InvitationLocale, orderId: string | null): string {
  const order = orderId ? `<p class="order">${escapeHtml(fill(textsFor(locale).order, { order: orderId }))}</p>` : '';
  return `<header><p class="shop">${escapeHtml(shop.name)}</p>${order}</header>`;
}

export function stars(
  name: string,
  legend: string,
  locale: InvitationLocale,
  checked: number | undefined,
  required: boolean,
  legendClass = '',
): string {
  const t = textsFor(locale);
  let inputs = '';
  for (let n = 1; n <= 5; n++) {
    const id = `${name.replace('.', '-')}-${n}`;
    inputs +=
      `<input type="radio" id="${id}" name="${name}" value="${n}"${checked === n ? ' checked' : ''}${required && n === 1 ? ' required' : ''}>` +
      `<label for="${id}"><span aria-hidden="true">★</span><span class="sr">${escapeHtml(fill(t.star, { n }))}</span></label>`;
  }
  return `<fieldset class="scale stars"><legend${legendClass}>${escapeHtml(legend)}</legend>${inputs}</fieldset>`;
}

function npsScale(locale: InvitationLocale, shopName: string, checked: number | undefined): string {
  const t = textsFor(locale);
  let inputs = '';
  for (let n = 0; n <= 10; n++) {
    inputs += `<input type="radio" id="nps-${n}" name="nps" value="${n}"${checked === n ? ' checked' : ''}${n === 0 ? ' required' : ''}><label for="nps-${n}">${n}</label>`;
  }
  return (
    `<fieldset class="scale nps" aria-describedby="nps-hint"><legend>${escapeHtml(fill(t.npsQuestion, { shop: shopName }))}</legend>${inputs}</fieldset>` +
    `<p class="hint" id="nps-hint">${escapeHtml(t.npsHint)}</p>`
  );
}

export interface FormPage {
  locale: InvitationLocale;
  shop: PageShop;
  orderId: string;
  touchpoint: InvitationTouchpoint;
  question: 'rating' | 'nps';
  products: { productId: string; name?: string | undefined }[];
  /** Pre-selected from the e-mail's link (`?r=`, `?n=`, with `?p=` for one product of a review page). */
  preselect: { rating?: number | undefined; nps?: number | undefined; productId?: string | undefined };
  error?: string | undefined;
}

export function formPage(page: FormPage): string {
  const t = textsFor(page.locale);
  const error = page.error ? `<p class="error" role="alert">${escapeHtml(page.error)}</p>` : '';
  let fields: string;
  if (page.touchpoint === 'reviews') {
    fields = page.products
      .map((product, index) => {
        const checked =
          page.preselect.productId === product.productId || (index === 0 && !page.preselect.productId)
            ? page.preselect.rating
            : undefined;
        const label = product.name ?? product.productId;
        return (
          `<div class="product">${stars(`rating.${index}`, label, page.locale, checked, false)}` +
          `<label class="field" for="title-${index}">${escapeHtml(t.reviewTitle)}</label><input type="text" id="title-${index}" name="title.${index}" maxlength="120">` +
          `<label class="field" for="body-${index}">${escapeHtml(t.reviewBody)}</label><textarea id="body-${index}" name="body.${index}" maxlength="4000"></textarea></div>`
        );
      })
      .join('');
    fields +=
      `<label class="field" for="author">${escapeHtml(t.authorName)}</label><input type="text" id="author" name="authorName" maxlength="60" autocomplete="name">` +
      `<p class="hint">${escapeHtml(t.verifiedNote)}</p>`;
  } else {
    fields =
      (page.question === 'nps' || page.preselect.nps !== undefined
        ? npsScale(page.locale, page.shop.name, page.preselect.nps)
        : stars('rating', t.ratingLegend, page.locale, page.preselect.rating, true)) +
      `<label class="field" for="comment">${escapeHtml(t.comment)}</label><textarea id="comment" name="comment" maxlength="4000"></textarea>`;
  }
  const main =
    `${header(page.shop, page.locale, page.orderId)}<h1>${escapeHtml(t.question[page.touchpoint])}</h1>` +
    `<form method="post">${error}${fields}<button type="submit">${escapeHtml(t.send)}</button></form>`;
  return document(page.locale, page.shop, t.question[page.touchpoint], main);
}

/** A page with a heading and a line: thanks, an invalid or expired link. `change` offers to change the answer. */
export function messagePage(
  locale: InvitationLocale,
  shop: PageShop,
  heading: string,
  text: string | null,
  options: { orderId?: string | null; changeHref?: string | undefined } = {},
): string {
  const t = textsFor(locale);
  const change = options.changeHref
    ? `<a class="button" href="${escapeHtml(options.changeHref)}">${escapeHtml(t.change)}</a>`
    : '';
  const main =
    `${header(shop, locale, options.orderId ?? null)}<div class="card"><h1>${escapeHtml(heading)}</h1>` +
    `${text ? `<p>${escapeHtml(text)}</p>` : ''}${change}</div>`;
  return document(locale, shop, heading, main);
}

/** The unsubscribe page: a GET shows a button, the POST (the button, or the mail client's one-click) unsubscribes. */
export function unsubscribePage(locale: InvitationLocale, shop: PageShop): string {
  const t = textsFor(locale);
  const main =
    `${header(shop, locale, null)}<form method="post"><h1>${escapeHtml(t.unsubscribeTitle)}</h1>` +
    `<p>${escapeHtml(fill(t.unsubscribeQuestion, { shop: shop.name }))}</p>` +
    `<input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(t.unsubscribeButton)}</button></form>`;
  return document(locale, shop, t.unsubscribeTitle, main);
}
