/** The language part of a BCP 47 tag, lower-cased (`pl-PL` → `pl`); '' when there is none. */
export function languageOf(locale: string | null | undefined): string {
  return locale ? (locale.split('-')[0] ?? '').toLowerCase() : '';
}
