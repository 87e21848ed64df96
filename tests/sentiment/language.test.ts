import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';

describe('language detection', () => {
  it('should detect English, Polish and Czech with diacritics', () => {
    expect(analyze('The parcel arrived quickly and everything works fine.').lang).toBe('en');
    expect(analyze('Przesyłka dotarła szybko, wszystko działa bez zarzutu.').lang).toBe('pl');
    expect(analyze('Zásilka dorazila rychle, všechno funguje bez problémů.').lang).toBe('cs');
  });

  it('should detect Polish and Czech written without diacritics', () => {
    expect(analyze('przesylka dotarla szybko, wszystko dziala bez zarzutu').lang).toBe('pl');
    expect(analyze('zasilka dorazila rychle, vsechno funguje bez problemu').lang).toBe('cs');
    expect(analyze('nie polecam tego sklepu, szkoda czasu').lang).toBe('pl');
    expect(analyze('nedoporucuji tento obchod, skoda casu').lang).toBe('cs');
  });

  it('should trust the text over the locale hint when they disagree', () => {
    expect(analyze('Przesyłka dotarła szybko, wszystko działa bez zarzutu.', { locale: 'en' }).lang).toBe('pl');
    expect(analyze('The parcel arrived quickly and everything works fine.', { locale: 'cs-CZ' }).lang).toBe('en');
  });

  it('should follow the locale hint for texts too short to judge', () => {
    expect(analyze('ok', { locale: 'cs' }).lang).toBe('cs');
    expect(analyze('super!', { locale: 'pl-PL' }).lang).toBe('pl');
    expect(analyze('👍', { locale: 'en' }).lang).toBe('en');
  });

  it('should answer "other" for other scripts and other languages', () => {
    expect(analyze('Отличный магазин, быстрая доставка').lang).toBe('other');
    expect(analyze('配送が速くて品質も良いです').lang).toBe('other');
    expect(analyze('Die Lieferung war sehr schnell und ich bin mit der Qualität zufrieden').lang).toBe('other');
    expect(analyze('La entrega fue muy rápida y el producto es de buena calidad').lang).toBe('other');
    expect(analyze('😍', {}).lang).toBe('other');
  });
});
