import type { EmailMessage, InvitationLocale, InvitationTouchpoint } from '../../../shared/invitations.ts';
import { fill, textsFor } from '../domain/invitation-texts.ts';
import { escapeHtml, textColorOn } from './html.ts';

export interface InvitationEmailInput {
  locale: InvitationLocale;
  shopName: string;
  brandColor: string;
  orderId: string;
  touchpoint: InvitationTouchpoint;
  question: 'rating' | 'nps';
  products: { productId: string; name?: string | undefined }[];
  /** The hosted page; star links add `?r=N` (and `p=` on a review page), 0–10 links `?n=N`. */
  link: string;
  unsubscribe: string;
  reminder: boolean;
}

const withQuery = (link: string, query: Record<string, string | number>) => {
  const url = new URL(link);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return url.toString();
};

function starRow(input: InvitationEmailInput, query: Record<string, string>): { html: string; text: string } {
  const t = textsFor(input.locale);
  let html = '';
  let text = '';
  for (let n = 1; n <= 5; n++) {
    const href = withQuery(input.link, { ...query, r: n });
    const label = fill(t.star, { n });
    html +=
      `<a class="star" href="${escapeHtml(href)}" title="${escapeHtml(label)}" aria-label="${escapeHtml(label)}" ` +
      `style="display:inline-block;font-size:36px;line-height:44px;padding:0 4px;color:${input.brandColor};text-decoration:none">★</a>`;
    text += `${'★'.repeat(n)}${'☆'.repeat(5 - n)}  ${href}\n`;
  }
  return { html: `<p style="margin:8px 0 16px">${html}</p>`, text };
}

function npsRow(input: InvitationEmailInput): { html: string; text: string } {
  let html = '';
  let text = '';
  for (let n = 0; n <= 10; n++) {
    const href = withQuery(input.link, { n });
    html +=
      `<a href="${escapeHtml(href)}" style="display:inline-block;min-width:30px;margin:2px;padding:6px 0;text-align:center;border:2px solid ${input.brandColor};` +
      `border-radius:6px;color:inherit;text-decoration:none;font-weight:700">${n}</a>`;
    text += `${n}: ${href}\n`;
  }
  return { html: `<p style="margin:8px 0 4px">${html}</p>`, text };
}

/**
 * The invitation e-mail, plain text and HTML, the same for every customer of a touchpoint (no gating):
 * five stars (or 0–10) as links that only pre-select on the page, and one-click unsubscribe (RFC 8058).
 */
export function invitationEmail(input: InvitationEmailInput): EmailMessage {
  const t = textsFor(input.locale);
  const values = { shop: input.shopName, order: input.orderId };
  const subject = `${input.reminder ? t.reminderPrefix : ''}${fill(t.subject[input.touchpoint], values)}`;
  const nps = input.touchpoint !== 'reviews' && input.question === 'nps';
  const intro = fill(nps ? t.npsIntro : t.intro[input.touchpoint], values);

  const blocks: { html: string; text: string }[] = [];
  if (input.touchpoint === 'reviews') {
    for (const product of input.products) {
      const row = starRow(input, { p: product.productId });
      const name = product.name ?? product.productId;
      blocks.push({
        html: `<p style="margin:16px 0 0;font-weight:700">${escapeHtml(name)}</p>${row.html}`,
        text: `${name}\n${row.text}`,
      });
    }
  } else {
    blocks.push(nps ? npsRow(input) : starRow(input, {}));
  }
  const onBrand = textColorOn(input.brandColor);
  const button =
    `<p style="margin:16px 0"><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:12px 22px;border-radius:8px;` +
    `background:${input.brandColor};color:${onBrand};font-weight:700;text-decoration:none">${escapeHtml(t.openPage)}</a></p>`;
  const footer = fill(t.footer, values);

  const html =
    `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${escapeHtml(subject)}</title>` +
    `<style>@media (prefers-color-scheme:dark){body,.card{background:#1c1c1e!important;color:#eeeeee!important}.muted{color:#bbbbbb!important}.star{color:#f2c84b!important}}</style></head>` +
    `<body style="margin:0;padding:0;background:#f5f5f7;color:#1d1d1f;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">` +
    `<table role="presentation" class="card" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;border-top:6px solid ${input.brandColor}">` +
    `<tr><td style="padding:20px 24px">` +
    `<p style="margin:0 0 12px;font-weight:700;font-size:18px">${escapeHtml(input.shopName)}</p>` +
    `<p style="margin:0">${escapeHtml(t.greeting)}</p><p style="margin:4px 0 8px">${escapeHtml(intro)}</p>` +
    blocks.map((block) => block.html).join('') +
    button +
    `<p class="muted" style="margin:16px 0 0;font-size:14px;color:#555555">${escapeHtml(t.sameForEveryone)}</p>` +
    `<p class="muted" style="margin:16px 0 0;font-size:13px;color:#555555">${escapeHtml(footer)} ` +
    `<a href="${escapeHtml(input.unsubscribe)}" style="color:inherit">${escapeHtml(t.unsubscribe)}</a></p>` +
    `</td></tr></table></td></tr></table></body></html>`;

  const text =
    `${input.shopName}\n\n${t.greeting}\n${intro}\n\n` +
    blocks.map((block) => block.text).join('\n') +
    `\n${t.openPage}: ${input.link}\n\n${t.sameForEveryone}\n\n-- \n${footer}\n${t.unsubscribe}: ${input.unsubscribe}\n`;

  return {
    subject,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${input.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
