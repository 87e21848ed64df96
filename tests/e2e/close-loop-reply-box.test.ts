// The reply box under an attention card (real worker + Chromium, the demo shop, whose default language is English):
// its templates are in the language the customer will be written to (shared/reply-language.ts), whatever the
// dashboard's language; the box says which and why, and the owner may pick another. Once sent, the reply takes the card
// out of "Open" (to "Replied", where it waits for the customer's answer), says so, and focus goes to the next card.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { ensureDashboardBuilt, signIn, waitForFigures } from './dashboard-page.ts';
import { useE2E } from './harness.ts';
import { shoot, shootViewport } from './screenshots.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();
// Each step drives a whole page (and axe) on a machine shared by many: room above vitest's default.
const STEP_MS = 120_000;

let complaintsSent = 0;
/**
 * A complaint sent straight to the API, as the widget would; its attention item's id. Each comment is made unique to
 * this run: the same words from the same shopper within 24 h are refused (422), which a retried test would otherwise be.
 */
async function complain(body: { comment: string } & Record<string, unknown>): Promise<string> {
  const comment = `${body.comment} (${Date.now().toString(36)}-${++complaintsSent})`;
  const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', elapsedMs: 8000, rating: 1, ...body, comment }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const card = (page: Page, id: string) => page.locator(`[data-attention-id="${id}"]`);
/** The text selected in a card's reply box: a template's "[…]" part once the box has taken focus and selected it. */
const selectedText = (item: ReturnType<typeof card>) =>
  item
    .getByRole('textbox')
    .evaluate((field: HTMLTextAreaElement) =>
      document.activeElement === field ? field.value.slice(field.selectionStart, field.selectionEnd) : '',
    );
/** Whether the element's whole box is inside the viewport, top to bottom: on screen, where the owner is looking. */
const onScreen = (target: Locator) =>
  target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
/** Resolves once the browser has laid the page out and run its resize observers at least once since the call. */
const afterLayout = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
const fits = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

describe('the reply templates', () => {
  it(
    "should be in the Czech customer's language in an English dashboard, say so, and follow the owner's choice",
    async () => {
      const unknown = await complain({ locale: 'de', comment: 'Das Paket kam beschädigt an.', touchpoint: 'delivery' });
      const czech = await complain({
        locale: 'cs',
        comment: 'Balík dorazil rozbitý, hrnek je na kusy.',
        touchpoint: 'delivery',
        customerRef: `e2e-cs-${Date.now()}`,
      });
      const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      const item = card(page, czech);
      await item.waitFor();
      const why = item.locator('[data-template-language]');
      expect(await why.textContent()).toBe('Templates in Czech, the customer’s language.');
      expect(await why.getAttribute('data-template-source')).toBe('customer');
      await item.getByRole('button', { name: 'Apologise and fix' }).click();
      const box = item.getByRole('textbox', { name: /Reply to the customer/ });
      expect(await box.inputValue()).toMatch(/^Děkujeme, že jste nám dali vědět/);
      expect(await box.getAttribute('lang')).toBe('cs');
      // The "[…]" part is selected, in Czech as in English.
      await expect.poll(() => selectedText(item)).toBe('[Co jsme udělali — např. dnes jsme poslali náhradu]');
      await shoot(item, 'close-loop-reply-language-en-1280');

      // The owner may prefer another language: the line says the e-mail around the reply stays Czech.
      const picker = item.getByLabel('Template language');
      expect(await picker.inputValue()).toBe('cs');
      await picker.selectOption('en');
      expect(await why.textContent()).toBe('Templates in English, as you chose; the e-mail around your reply stays in Czech.');
      await item.getByRole('button', { name: 'Ask for details' }).click();
      expect(await box.inputValue()).toMatch(/^Thank you for your message/);
      expect(await seriousViolations(page, `[data-attention-id="${czech}"]`)).toEqual([]);

      // A customer's language without templates: the shop's default (English for the demo shop).
      const german = card(page, unknown);
      expect(await german.locator('[data-template-language]').textContent()).toBe(
        'Templates in English, your shop’s default language.',
      );
      await german.getByRole('button', { name: 'Apologise and fix' }).click();
      expect(await german.getByRole('textbox').inputValue()).toMatch(/^Thank you for telling us/);
      await page.context().close();
    },
    STEP_MS,
  );

  it(
    'should say the same in a Czech dashboard and fit a 375 px phone',
    async () => {
      const czech = await complain({ locale: 'cs-CZ', comment: 'Zásilka přišla o týden později.', touchpoint: 'delivery' });
      const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      await page.getByLabel('Language', { exact: true }).selectOption('cs');
      const item = card(page, czech);
      await item.locator('[data-template-language]').filter({ hasText: 'Šablony v češtině, jazyce zákazníka.' }).waitFor();
      await item.getByRole('button', { name: 'Omluva a náprava' }).click();
      expect(await item.getByRole('textbox', { name: /Odpovědět zákazníkovi/ }).inputValue()).toMatch(/^Děkujeme/);
      await item.getByLabel('Jazyk šablon').selectOption('pl');
      expect(await item.locator('[data-template-language]').textContent()).toBe(
        'Šablony v polštině podle vaší volby; e-mail s odpovědí zůstane v češtině.',
      );
      await fits(page, 375);
      expect(await seriousViolations(page, `[data-attention-id="${czech}"]`)).toEqual([]);
      await shoot(item, 'close-loop-reply-language-cs-375');
      await page.context().close();
    },
    STEP_MS,
  );
});

describe('after the reply is sent', () => {
  it(
    'should take the card out of "Open" to "Replied", say the reply went out, and move focus to the next card',
    async () => {
      const older = await complain({ locale: 'en', comment: 'The lid does not fit the jar.', touchpoint: 'post_purchase' });
      const czech = await complain({ locale: 'cs', comment: 'Kartáček se po týdnu rozpadl.', touchpoint: 'post_purchase' });
      const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      const item = card(page, czech);
      await item.waitFor();
      const openCount = page.locator('[data-open-count]');
      const countBefore = await openCount.textContent();
      // By keyboard: a template, its "[…]" replaced, then Tab to "Send reply" and Enter.
      await item.getByRole('button', { name: 'Ask for details' }).click();
      // The box takes focus and selects the "[…]" part after the template has rendered: type once it has.
      await expect.poll(() => selectedText(item)).toBe('[co se nepovedlo]');
      await page.keyboard.type('tom, co přesně se rozbilo');
      expect(await item.getByRole('textbox').inputValue()).toMatch(/^Děkujeme za zprávu.* o tom, co přesně se rozbilo, abychom/);
      await item.getByRole('button', { name: 'Send reply' }).focus();
      await page.keyboard.press('Enter');

      const sent = page.locator('[data-reply-sent]');
      await sent.waitFor();
      expect(await sent.locator('p').textContent()).toBe(
        // The demo shop has no mail provider: the reply endpoint answers `delivery: "widget"`, and the notice says so.
        'Reply saved, in Czech; the customer sees it in the widget on their next visit (no e-mail went out: your shop has no mail provider, or no address for this customer). The complaint has moved to “Replied”, where it waits for the customer’s answer.',
      );
      expect(await item.count()).toBe(0);
      // Focus on the heading of the card that took its place (the list is newest first: the older complaint is next).
      const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
      await expect.poll(focused).toBe(`attention-${older}`);
      await expect.poll(() => openCount.textContent()).not.toBe(countBefore);
      expect(await page.locator('.live-status').textContent()).toBe(await sent.locator('p').textContent());
      expect(await seriousViolations(page, '.attention')).toEqual([]);
      await shoot(page.locator('section.attention'), 'close-loop-reply-sent-en-1280');

      // "Replied" holds it, the timer stopped, the reply in the thread.
      await sent.getByRole('button', { name: 'Show “Replied”' }).click();
      expect(await page.getByRole('radio', { name: 'Replied' }).isChecked()).toBe(true);
      await item.waitFor();
      expect(await item.locator('[data-reply-timer]').getAttribute('data-reply-timer')).toBe('replied');
      expect(await item.locator('.thread-reply .thread-text').getAttribute('lang')).toBe('cs');
      expect(await sent.count()).toBe(0);

      // A second reply, from "Replied": the card keeps its place, the confirmation stands just below it, on screen,
      // and focus stays in its reply box (not dropped to the top of the page with the disabled "Send reply").
      await item.getByRole('textbox').fill('Nový kartáček už je na cestě, dorazí zítra.');
      await item.getByRole('button', { name: 'Send reply' }).focus();
      await page.keyboard.press('Enter');
      await sent.waitFor();
      expect(await sent.locator('p').textContent()).toMatch(/^Reply saved, in Czech; the customer sees it in the widget/);
      expect(await sent.locator('p').textContent()).not.toContain('has moved');
      expect(await page.locator(`[data-attention-id="${czech}"] + [data-reply-sent]`).count()).toBe(1);
      await expect.poll(() => item.locator('.thread-reply').count()).toBe(2);
      await expect.poll(focused).toBe(`reply-${czech}`);
      await expect.poll(() => onScreen(sent)).toBe(true);
      expect(await seriousViolations(page, '.attention')).toEqual([]);

      // A later layout change (the card grows below what the owner sees, as a longer thread or hint makes it) does not
      // leave the confirmation off screen: it is brought back once the layout has changed.
      await item.evaluate((element: HTMLElement) => {
        element.style.paddingBottom = '480px';
      });
      await expect.poll(() => onScreen(sent)).toBe(true);
      // Once the owner has scrolled away on purpose, the page is theirs: a layout change does not yank it back.
      await page.mouse.move(640, 450);
      await page.mouse.wheel(0, -600);
      await expect.poll(() => onScreen(sent)).toBe(false);
      await item.evaluate((element: HTMLElement) => {
        element.style.paddingBottom = '520px';
      });
      await afterLayout(page);
      expect(await onScreen(sent)).toBe(false);
      await page.context().close();
    },
    STEP_MS,
  );

  it(
    'should say so in Czech on a phone, and put focus on the list heading when no open card is left',
    async () => {
      // A segment of its own: the queue, filtered to it, holds this one complaint.
      const segment = `e2e-reply-${Date.now()}`;
      const czech = await complain({ locale: 'cs', comment: 'Hrnek přišel prasklý.', touchpoint: 'delivery', segment });
      const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      await page.getByLabel('Language', { exact: true }).selectOption('cs');
      await page.evaluate((name) => {
        location.hash = `#/?segment=${encodeURIComponent(name)}`;
      }, segment);
      const item = card(page, czech);
      await item.waitFor();
      await expect.poll(() => page.locator('.attention-list > li').count()).toBe(1);
      await item.getByRole('textbox').fill('Omlouváme se, nový hrnek vám posíláme ještě dnes.');
      await item.getByRole('button', { name: 'Odeslat odpověď' }).click();
      const sent = page.locator('[data-reply-sent]');
      await sent.waitFor();
      expect(await sent.locator('p').textContent()).toBe(
        'Odpověď uložena v češtině; zákazník ji uvidí ve widgetu při příští návštěvě (e-mail neodešel: obchod nemá poskytovatele pošty nebo nezná adresu tohoto zákazníka). Stížnost se přesunula do „Odpovězeno“, kde čeká na odpověď zákazníka.',
      );
      expect(await item.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('attention-heading');
      await fits(page, 375);
      expect(await seriousViolations(page, '.attention')).toEqual([]);
      await shoot(page.locator('section.attention'), 'close-loop-reply-sent-cs-375');
      await page.context().close();
    },
    STEP_MS,
  );
});

describe('on a phone, after the reply is sent', () => {
  it(
    'should show the confirmation on screen, where the card was, with focus on the next card just below it',
    async () => {
      // Three complaints of a segment of their own, newest first: the reply goes to the middle one, below a card that
      // is taller than the phone's screen, so the top of the list is far above what the owner sees.
      const segment = `e2e-phone-${Date.now()}`;
      const oldest = await complain({
        locale: 'en',
        comment: 'The strap broke on the first day.',
        touchpoint: 'post_purchase',
        segment,
      });
      const middle = await complain({
        locale: 'en',
        comment: 'The parcel was left out in the rain.',
        touchpoint: 'delivery',
        segment,
      });
      await complain({ locale: 'en', comment: 'Nobody answered my e-mail for a week.', touchpoint: 'support', segment });
      const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      await page.evaluate((name) => {
        location.hash = `#/?segment=${encodeURIComponent(name)}`;
      }, segment);
      await expect.poll(() => page.locator('.attention-list > li').count()).toBe(3);
      const item = card(page, middle);
      await item.getByRole('textbox').fill('We are sorry: a dry replacement left today, and the courier has been told.');
      await item.getByRole('button', { name: 'Send reply' }).click();

      const sent = page.locator('[data-reply-sent]');
      await sent.waitFor();
      expect(await item.count()).toBe(0);
      expect(await sent.locator('p').textContent()).toMatch(
        /^Reply saved, in English; the customer sees it in the widget on their next visit /,
      );
      // Where the card was: the next card follows the confirmation, its heading has focus, and both are on screen.
      expect(await page.locator('[data-reply-sent] + li').getAttribute('data-attention-id')).toBe(oldest);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(`attention-${oldest}`);
      await expect.poll(() => onScreen(sent)).toBe(true);
      expect(await onScreen(page.locator(`#attention-${oldest}`))).toBe(true);
      // Still announced once, in the page's live region, in the same words.
      expect(await page.locator('.live-status').textContent()).toBe(await sent.locator('p').textContent());
      await fits(page, 375);
      expect(await seriousViolations(page, '.attention')).toEqual([]);
      await shootViewport(page, 'close-loop-reply-sent-en-375');
      await page.context().close();
    },
    STEP_MS,
  );
});

describe('a template over what the owner wrote', () => {
  it(
    "should never destroy the owner's text: it says the template replaced it and restores it, and the box's lang is only ever true",
    async () => {
      const czech = await complain({ locale: 'cs', comment: 'Objednávka přišla bez víčka.', touchpoint: 'delivery' });
      const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      const item = card(page, czech);
      await item.waitFor();
      const box = item.getByRole('textbox', { name: /Reply to the customer/ });
      const replacedNotice = item.locator('[data-template-replaced]');

      // An empty box, then an untouched template replaced by another: nothing of the owner's is lost, nothing is said.
      await item.getByRole('button', { name: 'Apologise and fix' }).click();
      await expect.poll(() => selectedText(item)).not.toBe('');
      await item.getByRole('button', { name: 'Ask for details' }).click();
      expect(await box.inputValue()).toMatch(/^Děkujeme za zprávu/);
      expect(await replacedNotice.count()).toBe(0);

      // The owner's own words: the box claims no language it was not told ("" = unknown, not the dashboard's English).
      const own = 'Omlouváme se, víčko vám posíláme ještě dnes doporučeně.';
      await box.fill(own);
      expect(await box.getAttribute('lang')).toBe('');
      // A template over them: it goes in, in its language, and the box says what happened, with the way back.
      await item.getByRole('button', { name: 'Apologise and fix' }).click();
      expect(await box.inputValue()).toMatch(/^Děkujeme, že jste nám dali vědět/);
      expect(await box.getAttribute('lang')).toBe('cs');
      await replacedNotice.waitFor();
      expect(await replacedNotice.locator('p').textContent()).toBe('The template replaced your text.');
      expect(await box.getAttribute('aria-describedby')).toContain(`reply-${czech}-replaced`);
      // Another template over the untouched one: the owner's text is still the one kept.
      await item.getByRole('button', { name: 'Explain what changed' }).click();
      expect(await box.inputValue()).toMatch(/^Bylo správné nám to napsat/);
      expect(await seriousViolations(page, `[data-attention-id="${czech}"]`)).toEqual([]);
      await shoot(item, 'close-loop-template-replaced-en-1280');

      await replacedNotice.getByRole('button', { name: 'Restore my text' }).click();
      expect(await box.inputValue()).toBe(own);
      expect(await replacedNotice.count()).toBe(0);
      expect(await box.getAttribute('lang')).toBe('');
      // Focus back in the box (the button went away with the notice), the caret after the text.
      await expect
        .poll(() =>
          box.evaluate(
            (field: HTMLTextAreaElement) => document.activeElement === field && field.selectionStart === field.value.length,
          ),
        )
        .toBe(true);

      // A template filled in is the owner's text too: still the template's language while its words are there.
      await item.getByRole('button', { name: 'Ask for details' }).click();
      await expect.poll(() => selectedText(item)).toBe('[co se nepovedlo]');
      await page.keyboard.type('chybějícím víčku');
      expect(await box.getAttribute('lang')).toBe('cs');
      await item.getByRole('button', { name: 'Apologise and fix' }).click();
      await replacedNotice.getByRole('button', { name: 'Restore my text' }).click();
      expect(await box.inputValue()).toMatch(/o chybějícím víčku, abychom/);
      expect(await box.getAttribute('lang')).toBe('cs');
      // Rewritten from scratch: no longer the template's words, so no longer its language.
      await box.fill('We are very sorry: a new lid is on its way today.');
      expect(await box.getAttribute('lang')).toBe('');
      await page.context().close();
    },
    STEP_MS,
  );

  it(
    'should say so in Polish on a phone',
    async () => {
      const polish = await complain({ locale: 'pl', comment: 'Kubek przyszedł pęknięty.', touchpoint: 'delivery' });
      const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      await page.getByLabel('Language', { exact: true }).selectOption('pl');
      const item = card(page, polish);
      await item.waitFor();
      const box = item.getByRole('textbox', { name: /Odpowiedz klientowi/ });
      const own = 'Przepraszamy, nowy kubek wyślemy jeszcze dziś.';
      await box.fill(own);
      await item.getByRole('button', { name: 'Przeprosiny i naprawa' }).click();
      expect(await box.inputValue()).toMatch(/^Dziękujemy za zgłoszenie/);
      const replacedNotice = item.locator('[data-template-replaced]');
      expect(await replacedNotice.locator('p').textContent()).toBe('Szablon zastąpił Twój tekst.');
      await fits(page, 375);
      expect(await seriousViolations(page, `[data-attention-id="${polish}"]`)).toEqual([]);
      await shoot(item, 'close-loop-template-replaced-pl-375');
      await replacedNotice.getByRole('button', { name: 'Przywróć mój tekst' }).click();
      expect(await box.inputValue()).toBe(own);
      await page.context().close();
    },
    STEP_MS,
  );
});

describe('a reply whose answer is lost', () => {
  it(
    'should say it was not sent, and "Try again" sends the same reply with the same Idempotency-Key: the customer gets it once',
    async () => {
      const segment = `e2e-lost-${Date.now()}`;
      const lost = await complain({ locale: 'en', comment: 'The kettle leaks at the base.', touchpoint: 'delivery', segment });
      const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
      // The first POST reaches the worker and is stored, then the connection drops before its answer arrives.
      const keys: string[] = [];
      await page.route('**/attention/*/reply', async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (keys.length > 1) return route.fallback();
        expect((await route.fetch()).status()).toBe(201);
        await route.abort('connectionreset');
      });
      await signIn(page, e2e.stack);
      await waitForFigures(page);
      await page.evaluate((name) => {
        location.hash = `#/?segment=${encodeURIComponent(name)}`;
      }, segment);
      const item = card(page, lost);
      await item.waitFor();
      const text = 'We are sorry: a new kettle left today.';
      await item.getByRole('textbox').fill(text);
      await item.getByRole('button', { name: 'Send reply' }).click();

      const failed = item.locator('[data-reply-failed]');
      await failed.waitFor();
      expect(await failed.getByRole('alert').locator('p').first().textContent()).toBe(
        'The server could not be reached. Check your connection and try again.',
      );
      expect(await item.getByRole('textbox').inputValue()).toBe(text); // nothing lost on the owner's side
      await fits(page, 375);
      expect(await seriousViolations(page, `[data-attention-id="${lost}"]`)).toEqual([]);
      await failed.getByRole('button', { name: 'Try again' }).click();

      const sent = page.locator('[data-reply-sent]');
      await sent.waitFor();
      expect(await item.count()).toBe(0);
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(keys[1]).toBe(keys[0]);
      // One reply stored (and so one e-mail and one attention.replied), though the worker was asked twice.
      const response = await fetch(
        `${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/attention?status=replied&segment=${segment}`,
        { headers: { Authorization: `Bearer ${e2e.stack.demo.ownerKey}` } },
      );
      const { items } = (await response.json()) as { items: { id: string; replies: { text: string }[] }[] };
      expect(items.find((candidate) => candidate.id === lost)?.replies.map((reply) => reply.text)).toEqual([text]);
      await page.context().close();
    },
    STEP_MS,
  );
});
