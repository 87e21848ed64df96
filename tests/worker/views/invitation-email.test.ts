// The review invitation's opening line in each language: sent only after an order's "delivered" event (and its
// delay), so it may say the order arrived some time ago, in natural words rather than a word-for-word translation.
import { describe, expect, it } from 'vitest';
import { invitationEmail, type InvitationEmailInput } from '../../../worker/src/views/invitation-email.ts';

const input = (locale: InvitationEmailInput['locale']): InvitationEmailInput => ({
  locale,
  shopName: 'Zielony Kosz',
  brandColor: '#2f6f4f',
  orderId: 'WALK-1',
  touchpoint: 'reviews',
  question: 'rating',
  products: [{ productId: 'mug', name: 'Kubek' }],
  link: 'https://opinia.example/f/token',
  unsubscribe: 'https://opinia.example/f/token/unsubscribe',
  reminder: false,
});

describe('the review invitation e-mail', () => {
  it.each([
    ['en', 'Hello,\nyou have had your order WALK-1 for a while now. Would you review what you bought? It helps other shoppers.'],
    [
      'pl',
      'Dzień dobry,\nTwoje zamówienie WALK-1 dotarło jakiś czas temu. Czy zechcesz ocenić zakupione produkty? To pomaga innym kupującym.',
    ],
    [
      'cs',
      'Dobrý den,\nvaše objednávka WALK-1 k vám dorazila před nějakou dobou. Ohodnotíte zakoupené zboží? Pomůžete tím ostatním zákazníkům.',
    ],
  ] as const)('should open in natural %s', (locale, opening) => {
    const mail = invitationEmail(input(locale));
    expect(mail.text).toContain(opening);
    expect(mail.html).toContain(opening.split('\n')[1]);
  });
});
