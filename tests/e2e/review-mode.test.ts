import { describe, expect, it } from 'vitest';
import { embed, recordPostedAnswers, useE2E, widget } from './harness.ts';

const e2e = useE2E();

describe('review mode (one form) on a product page', () => {
  it('should ask for stars first, then post kind "review" with the productId', async () => {
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    const posted = await recordPostedAnswers(page);
    // The example product pages now show data-mode="reviews"; the single-form review mode stays for shops that want it.
    await e2e.openTestPage(page, `<html lang="cs"><body>${embed(e2e.stack, 'data-mode="review" data-product-id="BRUSH-SET-3"')}</body></html>`);
    const root = widget(page);
    await expect.poll(() => root.getByRole('heading', { name: 'Ohodnoťte tento produkt' }).isVisible()).toBe(true);
    // Review mode has no 0–10 question.
    expect(await root.getByRole('radiogroup').count()).toBe(1);

    await root.getByLabel('Vaše recenze (nepovinné)').fill('Kartáče drží tvar i po měsíci, doporučuji.');
    await root.getByRole('button', { name: 'Odeslat' }).click();
    expect(await root.getByRole('status').textContent()).toBe('Vyberte prosím hodnocení.');
    expect(posted).toHaveLength(0);

    await root.getByRole('radio', { name: '5 hvězdiček' }).click();
    await page.clock.fastForward(2_000);
    await root.getByRole('button', { name: 'Odeslat' }).click();
    await expect.poll(() => root.getByRole('status').textContent()).toBe('Děkujeme! Vaše odpověď byla uložena.');
    expect(posted).toEqual([
      expect.objectContaining({
        kind: 'review',
        productId: 'BRUSH-SET-3',
        rating: 5,
        comment: 'Kartáče drží tvar i po měsíci, doporučuji.',
        locale: 'cs',
      }),
    ]);
  });

  it('should render nothing and say why in the console when data-product-id is missing', async () => {
    const page = await e2e.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await e2e.openTestPage(page, `<html lang="en"><body>${embed(e2e.stack, 'data-mode="review"')}</body></html>`);
    await expect.poll(() => warnings).toContain('Opinia: data-mode="review" needs data-product-id');
    expect(await page.locator('opinia-widget').count()).toBe(0);
  });
});

describe('a mistake in the script tag', () => {
  it('should not retry a 400, say the form is not set up correctly, and tell the owner why in the console', async () => {
    const page = await e2e.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const posted = await recordPostedAnswers(page);
    await e2e.openTestPage(page, `<html lang="en"><body>${embed(e2e.stack, 'data-touchpoint="nowhere"')}</body></html>`);
    await widget(page).getByRole('radio', { name: '3 stars' }).click();
    await page.waitForTimeout(1600);
    await widget(page).getByRole('button', { name: 'Send' }).click();

    await expect.poll(() => widget(page).getByRole('status').textContent()).toBe('Sorry, this form is not set up correctly, so your answer could not be saved.');
    expect(await widget(page).getByRole('button', { name: /Send|Try again/ }).count()).toBe(0);
    expect(posted).toHaveLength(1);
    expect(errors.join('\n')).toMatch(/Opinia: the answer could not be sent \(400 invalid_request\).*touchpoint/s);
  });
});
