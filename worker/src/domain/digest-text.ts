// The digest as a few lines of plain text (Slack-compatible; also the e-mail body), in en, pl or cs.
import type { Audit, Change, Rate } from '../../../shared/audit.ts';

type Locale = 'en' | 'pl' | 'cs';

const WORDS = {
  en: {
    title: 'Opinia digest',
    test: 'test',
    answers: 'answers',
    weakest: 'Weakest spot',
    lowest: 'Lowest, but not clearly worse',
    customers: 'Customers',
    returning: 'returning',
    study: 'Segment under study',
    tooFew: 'too few answers to compare',
    overlapping: 'no clear change',
    none: 'no answers',
    stages: { before: 'before', during: 'during', after: 'after' },
  },
  pl: {
    title: 'Podsumowanie Opinia',
    test: 'test',
    answers: 'odpowiedzi',
    weakest: 'Najsłabsze miejsce',
    lowest: 'Najniżej, ale nie wyraźnie gorzej',
    customers: 'Klienci',
    returning: 'powracający',
    study: 'Badany segment',
    tooFew: 'za mało odpowiedzi do porównania',
    overlapping: 'brak wyraźnej zmiany',
    none: 'brak odpowiedzi',
    stages: { before: 'przed', during: 'w trakcie', after: 'po' },
  },
  cs: {
    title: 'Přehled Opinia',
    test: 'test',
    answers: 'odpovědí',
    weakest: 'Nejslabší místo',
    lowest: 'Nejníže, ale ne zřetelně hůř',
    customers: 'Zákazníci',
    returning: 'vracející se',
    study: 'Zkoumaný segment',
    tooFew: 'příliš málo odpovědí pro srovnání',
    overlapping: 'žádná jasná změna',
    none: 'žádné odpovědi',
    stages: { before: 'před', during: 'během', after: 'po' },
  },
} as const;

function rate(value: Rate, unit = ''): string {
  if (value.value === null) return '–';
  const range = value.low === null || value.high === null ? '' : ` (${value.low}–${value.high}${unit})`;
  return `${value.value}${unit}${range}, n=${value.count}`;
}

function change(value: Change, locale: Locale): string {
  if (value.verdict === 'up') return ` ↑ ${value.delta}`;
  if (value.verdict === 'down') return ` ↓ ${value.delta}`;
  return ` — ${value.verdict === 'too_few' ? WORDS[locale].tooFew : WORDS[locale].overlapping}`;
}

export function digestText(input: {
  shopName: string;
  audit: Audit;
  study: Audit | null;
  locale: Locale;
  test: boolean;
}): string {
  const { audit, study, locale } = input;
  const w = WORDS[locale];
  const o = audit.overall;
  const lines = [
    `*${w.title}${input.test ? ` (${w.test})` : ''}: ${input.shopName}* ${audit.from} – ${audit.to}`,
    o.responses === 0
      ? w.none
      : `${o.responses} ${w.answers} · NPS ${rate(o.nps)}${change(o.changes.nps, locale)} · CSAT ${rate(o.csat, '%')}${change(o.changes.csat, locale)}`,
    audit.stages.map((s) => `${w.stages[s.stage]}: ${s.responses} · NPS ${s.nps.value ?? '–'}`).join(' | '),
  ];
  if (audit.gaps.touchpoint) {
    const themes = audit.gaps.themes.map((t) => `${t.theme} (${t.negative}−)`).join(', ');
    // "Weakest" only when a stage or touchpoint stands out beyond the noise, as on the Audit screen.
    const standsOut = audit.gaps.stageStandsOut || audit.gaps.touchpointStandsOut;
    lines.push(
      `${standsOut ? w.weakest : w.lowest}: ${audit.gaps.stage ? w.stages[audit.gaps.stage] : ''} / ${audit.gaps.touchpoint}${themes ? ` — ${themes}` : ''}`,
    );
  }
  const r = audit.relationship;
  lines.push(`${w.customers}: ${r.customersSeen}, ${w.returning} ${r.returningCustomers} (${rate(r.returningShare, '%')})`);
  if (study)
    lines.push(
      `${w.study}: ${study.segment} — ${study.overall.responses} ${w.answers} · NPS ${rate(study.overall.nps)}${change(study.overall.changes.nps, locale)}`,
    );
  return lines.join('\n');
}
