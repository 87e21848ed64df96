import type { Email, ReplyLanguage } from '../../../shared/close-loop.ts';
import { escapeHtml } from './html.ts';

const TEXTS: Record<
  ReplyLanguage,
  { subject: string; intro: string; yourWords: string; ask: string; askLink: string; askOnSite: string; footer: string }
> = {
  en: {
    subject: '{shop} has replied to your feedback',
    intro: 'Thank you for telling {shop} what went wrong. Here is their reply:',
    yourWords: 'What you wrote:',
    ask: 'Did we make it right? Tell us in one click — it helps us far more than any survey:',
    askLink: 'Answer: was the problem solved?',
    askOnSite: 'Next time you visit {shop}, you can tell us there whether the problem was solved.',
    footer: 'This reply is private: it is not published anywhere.',
  },
  pl: {
    subject: '{shop} odpowiada na Twoją opinię',
    intro: 'Dziękujemy, że napisałeś(-aś) do {shop}, co poszło nie tak. Oto odpowiedź sklepu:',
    yourWords: 'Twoja wiadomość:',
    ask: 'Czy udało się to naprawić? Daj nam znać jednym kliknięciem:',
    askLink: 'Odpowiedz: czy problem został rozwiązany?',
    askOnSite: 'Przy następnej wizycie w {shop} możesz nam tam powiedzieć, czy problem został rozwiązany.',
    footer: 'Ta odpowiedź jest prywatna: nie jest nigdzie publikowana.',
  },
  cs: {
    subject: '{shop} odpověděl na vaši zpětnou vazbu',
    intro: 'Děkujeme, že jste {shop} napsali, co se nepovedlo. Tady je odpověď obchodu:',
    yourWords: 'Co jste napsali:',
    ask: 'Podařilo se to napravit? Dejte nám vědět jedním kliknutím:',
    askLink: 'Odpovědět: byl problém vyřešen?',
    askOnSite: 'Při další návštěvě {shop} nám tam můžete říct, zda byl problém vyřešen.',
    footer: 'Tato odpověď je soukromá: nikde se nezveřejňuje.',
  },
};

/** Paragraphs from plain text: escaped, blank lines split paragraphs, single newlines become <br>. */
function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((part) => `<p style="margin:0 0 12px">${escapeHtml(part).replaceAll('\n', '<br>')}</p>`)
    .join('');
}

/**
 * The reply as a ready e-mail in the customer's language: plain text and HTML (readable in dark mode: no
 * forced background, the `color-scheme` meta), with the "Did we make it right?" link when there is a hosted
 * page. Never a coupon, never a request for a public review.
 */
export function replyEmail(input: {
  lang: ReplyLanguage;
  shopName: string;
  reply: string;
  complaint: string | null;
  followUpLink: string | null;
}): Email {
  const t = TEXTS[input.lang];
  const fill = (text: string) => text.replaceAll('{shop}', input.shopName.replace(/\s+/g, ' '));
  const quoted = input.complaint
    ? input.complaint
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')
    : null;
  const ask = input.followUpLink ? `${t.ask}\n${input.followUpLink}` : fill(t.askOnSite);
  const text = [
    fill(t.intro),
    '',
    input.reply,
    '',
    ...(quoted ? [t.yourWords, quoted, ''] : []),
    ask,
    '',
    `— ${input.shopName}`,
    '',
    t.footer,
  ].join('\n');
  const link = input.followUpLink
    ? `<p style="margin:16px 0">${escapeHtml(t.ask)}<br><a href="${escapeHtml(input.followUpLink)}" style="font-weight:bold">${escapeHtml(t.askLink)}</a></p>`
    : `<p style="margin:16px 0">${escapeHtml(fill(t.askOnSite))}</p>`;
  const html =
    `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">` +
    `<meta name="supported-color-schemes" content="light dark"><title>${escapeHtml(fill(t.subject))}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36em;margin:0 auto;padding:16px">` +
    `<p style="margin:0 0 12px">${escapeHtml(fill(t.intro))}</p>` +
    `<blockquote style="margin:0 0 16px;padding:0 0 0 12px;border-left:3px solid currentColor">${paragraphs(input.reply)}</blockquote>` +
    (input.complaint
      ? `<p style="margin:0 0 4px;opacity:.75">${escapeHtml(t.yourWords)}</p><p style="margin:0 0 12px;opacity:.75">${escapeHtml(input.complaint).replaceAll('\n', '<br>')}</p>`
      : '') +
    link +
    `<p style="margin:16px 0 0">— ${escapeHtml(input.shopName)}</p><p style="font-size:.85em;opacity:.7">${escapeHtml(t.footer)}</p></body></html>`;
  // A subject is one header line: no line breaks from the shop's name.
  return { locale: input.lang, subject: fill(t.subject), text, html };
}
