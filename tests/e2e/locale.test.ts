import { describe, expect, it } from 'vitest';
import { LOCALES, type PluralMessage } from '../../shared/locales.ts';
import { embed, useE2E, widget } from './harness.ts';

const e2e = useE2E();

const TITLES = {
  en: 'How was your experience with us?',
  pl: 'Jak oceniasz zakupy u nas?',
  cs: 'Jak jste byli s nákupem spokojeni?',
};

async function titleShown(html: string, browserLocale = 'en-US'): Promise<{ title: string; lang: string | null }> {
  const page = await e2e.newPage({ locale: browserLocale });
  await e2e.openTestPage(page, html);
  const heading = widget(page).getByRole('heading');
  await expect.poll(() => heading.isVisible()).toBe(true);
  return { title: (await heading.textContent())!, lang: await widget(page).locator('section').getAttribute('lang') };
}

describe('choosing the language', () => {
  it('should prefer data-locale over the page language', async () => {
    const shown = await titleShown(`<html lang="cs"><body>${embed(e2e.stack, 'data-locale="pl-PL"')}</body></html>`);
    expect(shown).toEqual({ title: TITLES.pl, lang: 'pl' });
  });

  it('should follow <html lang> with a region', async () => {
    expect((await titleShown(`<html lang="cs-CZ"><body>${embed(e2e.stack, '')}</body></html>`)).title).toBe(TITLES.cs);
  });

  it("should fall back to the browser's language without <html lang>", async () => {
    expect((await titleShown(`<html><body>${embed(e2e.stack, '')}</body></html>`, 'pl-PL')).title).toBe(TITLES.pl);
  });

  it('should speak English for a language it has no strings for', async () => {
    expect(await titleShown(`<html lang="de-AT"><body>${embed(e2e.stack, '')}</body></html>`)).toEqual({
      title: TITLES.en,
      lang: 'en',
    });
  });

  it('should use the plural forms of the language for the stars', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.stack.shopUrl}/pl/thank-you.html`);
    const names = widget(page).getByRole('radiogroup', { name: 'Twoja ocena' }).getByRole('radio');
    await expect.poll(() => names.count()).toBe(5);
    expect(await names.evaluateAll((radios) => radios.map((radio) => radio.getAttribute('aria-label')))).toEqual([
      '1 gwiazdka',
      '2 gwiazdki',
      '3 gwiazdki',
      '4 gwiazdki',
      '5 gwiazdek',
    ]);
  });
});

describe('the strings', () => {
  it('should give every plural message each form the language needs (Intl.PluralRules)', () => {
    for (const [locale, messages] of Object.entries(LOCALES)) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(messages)) {
        if (typeof message === 'string') continue;
        expect(Object.keys(message as PluralMessage).sort(), `${locale}.${key}`).toEqual([...categories].sort());
      }
    }
  });
});
