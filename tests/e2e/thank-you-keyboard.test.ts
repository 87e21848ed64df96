import { describe, expect, it } from 'vitest';
import { readSummary, recordPostedAnswers, useE2E, widget } from './harness.ts';

const e2e = useE2E();
const POLISH_COMMENT = 'Świetna obsługa, paczka dotarła szybko. Dziękuję!';

describe('the thank-you page, by keyboard only', () => {
  it('should take a rating, a score and a Polish comment and count them in the summary', async () => {
    const before = await readSummary(e2e.stack);
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    const posted = await recordPostedAnswers(page);
    await page.goto(`${e2e.stack.shopUrl}/pl/thank-you.html`);
    const stars = widget(page).getByRole('radiogroup', { name: 'Twoja ocena' });
    await expect.poll(() => stars.isVisible()).toBe(true);

    // Start the Tab sequence at the order heading, just above the widget.
    await page.getByRole('heading', { name: 'Zamówienie ZK-10422' }).click();
    await page.keyboard.press('Tab');
    await expect.poll(() => stars.getByRole('radio', { name: '1 gwiazdka' }).evaluate((el) => el.matches(':focus'))).toBe(true);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await stars.getByRole('radio', { checked: true }).getAttribute('aria-label')).toBe('4 gwiazdki');

    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const nps = widget(page).getByRole('radiogroup', { name: /polecisz nas/ });
    expect(await nps.getByRole('radio', { checked: true }).textContent()).toBe('9');

    await page.keyboard.press('Tab');
    await page.keyboard.type(POLISH_COMMENT);
    await page.keyboard.press('Tab');
    await page.clock.fastForward(2_000);
    await page.keyboard.press('Enter');

    const status = widget(page).getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Dziękujemy! Twoja odpowiedź została zapisana.');
    expect(await status.evaluate((el) => el.matches(':focus'))).toBe(true);

    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({
      kind: 'experience',
      touchpoint: 'post_purchase',
      orderId: 'ZK-10422',
      rating: 4,
      nps: 9,
      comment: POLISH_COMMENT,
      locale: 'pl',
    });

    const after = await readSummary(e2e.stack);
    expect(after.responses).toBe(before.responses + 1);
    expect(after.rating.distribution['4']).toBe(before.rating.distribution['4'] + 1);
    expect(after.nps.promoters).toBe(before.nps.promoters + 1);
    expect(after.byTouchpoint.post_purchase?.responses).toBe((before.byTouchpoint.post_purchase?.responses ?? 0) + 1);
  });

  it('should follow the W3C radio group keys: Tab lands on the checked star, arrows wrap, Home/End, Space', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    const stars = widget(page).getByRole('radiogroup', { name: 'Your rating' });
    const checked = () => stars.getByRole('radio', { checked: true }).getAttribute('aria-label');
    const focused = () => stars.locator(':focus').getAttribute('aria-label');
    await expect.poll(() => stars.isVisible()).toBe(true);

    await page.getByRole('heading', { name: 'Order ZK-10421' }).click();
    await page.keyboard.press('Tab');
    expect(await stars.getByRole('radio', { checked: true }).count()).toBe(0);
    await page.keyboard.press('Space');
    expect(await checked()).toBe('1 star');
    await page.keyboard.press('ArrowLeft');
    expect(await checked()).toBe('5 stars');
    await page.keyboard.press('ArrowDown');
    expect(await checked()).toBe('1 star');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    expect(await checked()).toBe('4 stars');
    expect(await focused()).toBe('4 stars');
    // Only the checked star is in the Tab sequence.
    expect(await stars.locator('[tabindex="0"]').getAttribute('aria-label')).toBe('4 stars');

    await page.keyboard.press('Tab'); // into the 0–10 group
    await page.keyboard.press('Shift+Tab'); // and back: onto the checked star, not the first
    expect(await focused()).toBe('4 stars');
  });
});
