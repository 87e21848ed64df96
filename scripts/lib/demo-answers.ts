import type { ResponseInput } from '../../shared/schemas.ts';

/** What the demo shop's customers said. Fixed clientIds make seeding idempotent. */
export const DEMO_ANSWERS: ResponseInput[] = [
  { rating: 5, nps: 10, comment: 'Fast delivery and lovely packaging, will order again!', locale: 'en', touchpoint: 'delivery' },
  { rating: 4, nps: 8, comment: 'Good quality linen, the checkout was a bit slow.', locale: 'en', touchpoint: 'checkout' },
  { rating: 2, nps: 3, comment: 'The parcel arrived late and the box was broken.', locale: 'en', touchpoint: 'delivery' },
  { rating: 5, nps: 9, locale: 'en' },
  { rating: 1, nps: 0, comment: 'Support never answered my email about the refund. Terrible.', locale: 'en', touchpoint: 'support' },
  { rating: 5, nps: 10, comment: 'Świetny sklep, szybka wysyłka, polecam!', locale: 'pl', touchpoint: 'delivery' },
  { rating: 4, nps: 9, comment: 'Dobra jakość, ładnie zapakowane.', locale: 'pl' },
  { rating: 2, nps: 4, comment: 'Kurier się spóźnił, słaba obsługa klienta.', locale: 'pl', touchpoint: 'delivery' },
  { rating: 3, nps: 7, comment: 'Produkt ok, ale cena trochę wysoka.', locale: 'pl', touchpoint: 'browse' },
  { rating: 5, nps: 10, locale: 'pl', touchpoint: 'checkout' },
  { rating: 1, nps: 1, comment: 'Zwrot trwa już trzy tygodnie, nie polecam.', locale: 'pl', touchpoint: 'return' },
  { rating: 5, nps: 10, comment: 'Skvělý obchod, rychlé doručení, doporučuji!', locale: 'cs', touchpoint: 'delivery' },
  { rating: 4, nps: 8, comment: 'Dobrá kvalita, ale web je trochu pomalý.', locale: 'cs', touchpoint: 'browse' },
  { rating: 2, nps: 5, comment: 'Balík přišel pozdě a rozbitý.', locale: 'cs', touchpoint: 'delivery' },
  { rating: 5, nps: 9, comment: 'Moc hezké povlečení, děkuji.', locale: 'cs' },
  { rating: 3, nps: 6, locale: 'cs', touchpoint: 'support' },
].map((answer, index) => ({
  clientId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
  kind: 'experience',
  ...answer,
}));
