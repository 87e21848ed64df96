// The hosted follow-up page (`/f/<follow-up token>`): the shop's reply as text, then "Did we make it right?"
// yes / partly / no, a new 1–5 rating and an optional comment. Plain HTML like the feedback page (no script, no
// cookie, no third-party request); every piece of shop or shopper text is escaped. Never asks for a public review.
import type { ReplyLanguage } from '../../../shared/close-loop.ts';
import { REPLY_TEXTS } from '../../../shared/reply-texts.ts';
import { document, header, stars, type PageShop } from './feedback-page.ts';
import { escapeHtml } from './html.ts';

const shopIn = (text: string, shop: PageShop) => text.replace('$', shop.name);

export function followUpFormPage(page: { lang: ReplyLanguage; shop: PageShop; replyText: string; error?: boolean }): string {
  const t = REPLY_TEXTS[page.lang];
  const title = shopIn(t.title, page.shop);
  const choices = (['yes', 'partly', 'no'] as const)
    .map(
      (value) =>
        `<label class="choice"><input type="radio" name="solved" value="${value}"${value === 'yes' ? ' required' : ''}> ${escapeHtml(t[value])}</label>`,
    )
    .join('');
  const error = page.error ? `<p class="error" role="alert">${escapeHtml(t.missing)}</p>` : '';
  const main =
    `${header(page.shop, page.lang, null)}<h1>${escapeHtml(title)}</h1>` +
    `<div class="card"><p style="white-space:pre-wrap;margin:0">${escapeHtml(page.replyText)}</p></div>` +
    `<form method="post" style="margin-top:1rem">${error}` +
    `<fieldset><legend>${escapeHtml(t.solved)}</legend><div style="display:flex;gap:1rem;flex-wrap:wrap">${choices}</div></fieldset>` +
    stars('rating', t.rate, page.lang, undefined, true) +
    `<label class="field" for="comment">${escapeHtml(t.comment)}</label><textarea id="comment" name="comment" maxlength="2000"></textarea>` +
    `<button type="submit">${escapeHtml(t.send)}</button></form>`;
  return document(page.lang, page.shop, title, main);
}

export function followUpDonePage(lang: ReplyLanguage, shop: PageShop): string {
  const heading = shopIn(REPLY_TEXTS[lang].thanks, shop);
  return document(lang, shop, heading, `${header(shop, lang, null)}<div class="card"><h1>${escapeHtml(heading)}</h1></div>`);
}
