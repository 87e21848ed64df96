import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { DevMailbox, EmailMessage } from '../../../shared/invitations.ts';
import type { Settings } from '../../../shared/owner-api.ts';
import { sendDueInvitations } from '../../../worker/src/services/invitation-cron.ts';
import { callWithEnv, createShop, ownerCall, ownerJson } from '../support/api.ts';

describe('invitation settings, preview and dev mailbox', () => {
  it('should keep the defaults (3 and 10 days, no reminder, 30-day cooldown) until changed, and change only the fields given', async () => {
    const { shopId, ownerKey } = await createShop();
    const initial = await (await ownerCall(`/v1/shops/${shopId}/settings`, ownerKey)).json<Settings>();
    expect(initial.invitations).toMatchObject({
      delays: { delivery: 3, reviews: 10 },
      reminderDays: null,
      cooldownDays: 30,
      quietHours: null,
    });
    expect(initial.email).toBeNull();
    const changed = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', {
      invitations: {
        delays: { reviews: 14 },
        reminderDays: 5,
        quietHours: { start: '21:00', end: '08:00', timeZone: 'Europe/Prague' },
      },
    });
    expect(changed.status).toBe(200);
    const settings = await changed.json<Settings>();
    expect(settings.invitations.delays).toMatchObject({ delivery: 3, reviews: 14 });
    expect(settings.invitations).toMatchObject({
      reminderDays: 5,
      cooldownDays: 30,
      quietHours: { start: '21:00', end: '08:00', timeZone: 'Europe/Prague' },
    });
    const bad = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', {
      invitations: { quietHours: { start: '25:00', end: '08:00', timeZone: 'UTC' } },
    });
    expect(bad.status).toBe(400);
  });

  it('should render the e-mail of each touchpoint in en, pl and cs, with star links and unsubscribe headers', async () => {
    const { shopId, ownerKey } = await createShop({ name: 'Obchůdek <U Lípy>' });
    const subjects: string[] = [];
    for (const locale of ['en', 'pl', 'cs']) {
      const response = await ownerCall(`/v1/shops/${shopId}/invitations/preview?touchpoint=delivery&locale=${locale}`, ownerKey);
      expect(response.status).toBe(200);
      const email = await response.json<EmailMessage>();
      subjects.push(email.subject);
      expect(email.html).toContain(`<html lang="${locale}">`);
      expect(email.html).toContain('Obchůdek &lt;U Lípy&gt;');
      expect(email.html).not.toContain('<U Lípy>');
      expect(email.html).toContain('prefers-color-scheme:dark');
      // In dark mode the star links turn light gold: the shop's colour may be too dark to read there.
      expect(email.html).toContain('.star{color:#f2c84b!important}');
      expect(email.html.match(/<a class="star" /g)).toHaveLength(5);
      expect(email.html.match(/\/f\/preview\?r=\d/g)).toHaveLength(5);
      expect(email.text).toContain('/f/preview?r=1');
      expect(email.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    }
    expect(subjects).toEqual([
      'How was the delivery from Obchůdek <U Lípy>?',
      'Jak oceniasz dostawę od Obchůdek <U Lípy>?',
      'Jak jste spokojeni s doručením od Obchůdek <U Lípy>?',
    ]);
    const nps = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { invitations: { question: 'nps' } });
    expect(nps.status).toBe(200);
    const npsEmail = await (
      await ownerCall(`/v1/shops/${shopId}/invitations/preview?touchpoint=support`, ownerKey)
    ).json<EmailMessage>();
    expect(npsEmail.html.match(/\/f\/preview\?n=\d+/g)).toHaveLength(11);
    expect((await ownerCall(`/v1/shops/${shopId}/invitations/preview?locale=de`, ownerKey)).status).toBe(400);
    expect((await ownerCall(`/v1/shops/${shopId}/invitations/preview`, 'opk_nope')).status).toBe(401);
  });

  it('should have no dev mailbox outside `npm start`', async () => {
    const { shopId, ownerKey } = await createShop();
    const response = await ownerCall(`/v1/shops/${shopId}/dev/mailbox`, ownerKey);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('should list under `npm start` every e-mail that would have gone out, with its touchpoint, language and link', async () => {
    const { shopId, ownerKey } = await createShop();
    const development = { ...env, ENVIRONMENT: 'development' };
    const deliveredAt = new Date(Date.now() - 30 * 86_400_000).toISOString();
    expect(
      (
        await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
          orderId: 'M-1',
          locale: 'cs',
          products: [{ productId: 'mug' }],
          deliveredAt,
        })
      ).status,
    ).toBe(201);
    expect(await sendDueInvitations(development, new Date(), { shopId })).toMatchObject({ sent: 2 });

    const response = await callWithEnv(development, `/v1/shops/${shopId}/dev/mailbox`, {
      headers: { Authorization: `Bearer ${ownerKey}` },
    });
    expect(response.status).toBe(200);
    const { emails } = await response.json<DevMailbox>();
    expect(
      emails
        .map(({ orderId, touchpoint, locale, reminder }) => ({ orderId, touchpoint, locale, reminder }))
        .sort((a, b) => a.touchpoint!.localeCompare(b.touchpoint!)),
    ).toEqual([
      { orderId: 'M-1', touchpoint: 'delivery', locale: 'cs', reminder: false },
      { orderId: 'M-1', touchpoint: 'reviews', locale: 'cs', reminder: false },
    ]);
    for (const email of emails) {
      expect(new URL(email.link!).pathname.startsWith('/f/'), email.touchpoint!).toBe(true);
      expect(email.html).toContain(email.link!);
      expect(email.text).toContain(email.link!);
      expect(email.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    }
    expect((await callWithEnv(development, `/v1/shops/${shopId}/dev/mailbox`)).status, 'the owner key is needed').toBe(401);
  });
});
