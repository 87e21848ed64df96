import { describe, expect, it } from 'vitest';
import { readSummary, recordPostedAnswers, RESPONSES_ROUTE, useE2E, widget } from './harness.ts';

const e2e = useE2E();

/** A 503 as the worker's edge would send it, with CORS so the page can read it. */
const unavailable = {
  status: 503,
  contentType: 'application/json',
  body: '{"error":{"code":"unavailable","message":"try later"}}',
};

describe('sending an answer over a bad connection', () => {
  it('should retry after a 503 with the same clientId and store the answer once', async () => {
    const before = await readSummary(e2e.stack);
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    let failures = 1;
    await page.route(RESPONSES_ROUTE, (route) =>
      route.request().method() === 'POST' && failures-- > 0
        ? route.fulfill({ ...unavailable, headers: { 'Access-Control-Allow-Origin': e2e.stack.shopUrl } })
        : route.fallback(),
    );
    const posted = await recordPostedAnswers(page);
    await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    await widget(page).getByRole('radio', { name: '5 stars' }).click();
    await page.clock.fastForward(2_000);
    await widget(page).getByRole('button', { name: 'Send' }).click();

    await expect.poll(() => widget(page).getByRole('status').textContent()).toBe('Thank you! Your answer has been saved.');
    expect(posted).toHaveLength(2);
    expect(posted[1]).toEqual(posted[0]);
    expect((await readSummary(e2e.stack)).responses).toBe(before.responses + 1);
  });

  it('should retry a network failure too', async () => {
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    let failures = 2;
    await page.route(RESPONSES_ROUTE, (route) =>
      route.request().method() === 'POST' && failures-- > 0 ? route.abort('internetdisconnected') : route.fallback(),
    );
    const posted = await recordPostedAnswers(page);
    await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    await widget(page).getByRole('radio', { name: '8' }).click();
    await page.clock.fastForward(2_000);
    await widget(page).getByRole('button', { name: 'Send' }).click();

    await expect.poll(() => widget(page).getByRole('status').textContent()).toBe('Thank you! Your answer has been saved.');
    expect(posted.map((answer) => answer.clientId)).toEqual(Array(3).fill(posted[0]!.clientId));
  });

  it('should keep the answer in the outbox when every retry fails, then send it once on the next page view', async () => {
    const before = await readSummary(e2e.stack);
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    let down = true;
    await page.route(RESPONSES_ROUTE, (route) =>
      route.request().method() === 'POST' && down ? route.abort('connectionrefused') : route.fallback(),
    );
    const posted = await recordPostedAnswers(page);
    await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    const root = widget(page);
    await root.getByRole('radio', { name: '2 stars' }).click();
    await root.getByLabel(/Anything you would like to tell us/).fill('The courier was late.');
    await page.clock.fastForward(2_000); // slower than the worker's "faster than a person" limit
    await root.getByRole('button', { name: 'Send' }).click();

    // ky's four back-offs (0.3 + 0.6 + 1.2 + 2.4 s) go by on the page's clock, not ours.
    const statusLater = async () => (await page.clock.fastForward(300), root.getByRole('status').textContent());
    await expect.poll(statusLater, { timeout: 20_000 }).toBe('Saved — it will be sent when you’re back online.');
    expect(posted).toHaveLength(5); // the first try and ky's four retries

    down = false;
    await page.reload(); // the loader flushes the outbox (tests/e2e/outbox.test.ts has the rest)
    await expect.poll(async () => (await readSummary(e2e.stack)).responses).toBe(before.responses + 1);
    expect(new Set(posted.map((answer) => answer.clientId)).size).toBe(1);
  });

  it('should show an error with "Try again" after a 4xx that resending cannot fix, keeping what was written', async () => {
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    let refusals = 1;
    await page.route(RESPONSES_ROUTE, (route) =>
      route.request().method() === 'POST' && refusals-- > 0
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: '{"error":{"code":"invalid","message":"no"}}',
            headers: { 'Access-Control-Allow-Origin': e2e.stack.shopUrl },
          })
        : route.fallback(),
    );
    await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    const root = widget(page);
    await root.getByRole('radio', { name: '3 stars' }).click();
    await root.getByLabel(/Anything you would like to tell us/).fill('Box was dented.');
    await page.clock.fastForward(2_000);
    await root.getByRole('button', { name: 'Send' }).click();
    const retry = root.getByRole('button', { name: 'Try again' });
    await expect.poll(() => retry.isVisible()).toBe(true);
    expect(await root.getByLabel(/Anything you would like to tell us/).inputValue()).toBe('Box was dented.');
    expect(await page.evaluate(() => localStorage.getItem('opinia-outbox:demo'))).toBeNull();
    await retry.click();
    await expect.poll(() => root.getByRole('status').textContent()).toBe('Thank you! Your answer has been saved.');
  });
});
