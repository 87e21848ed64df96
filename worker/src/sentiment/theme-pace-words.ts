// Words about speed and waiting (diacritic-folded; a trailing "*" matches any ending). For the themes that are a
// process (delivery, service, returns, website) how fast it went is the verdict itself: see theme-pace.ts.

/** Speed said outright: "slow", "pomalá", "wolna"; "fast", "rychlé", "szybka". */
export const PACE_WORDS = {
  slow: `
slow slower slowest slowly sluggish laggy lagging delayed delay delays late overdue
woln* powoln* slimacz* opozni* spozni* zwlek* zwloka zwloki pozno
pomal* zpozd* opozd* zdlouhav* pozde
`,
  fast: `
fast faster fastest quick quicker quickest quickly speedy swift swiftly prompt promptly rapid rapidly early sooner
szybk* szybciej szybsz* szybciutk* blyskawiczn* terminow*
rychl* bleskov* obratem vcas expresne
`,
  /**
   * two words that say "on time". (Not "next day" nor "express": as often the name of a paid service, "paid for next
   * day delivery, came in 4 days", as a verdict.)
   */
  onTime: 'on|time in|time na|czas w|terminie',
  /** a comparative that turns into a complaint after a wish: "could be quicker", "mohlo by být rychlejší" */
  comparative: `
faster quicker sooner earlier szybciej szybsz* rychlejsi* rychleji rychlejs*
`,
  /** a wish or a condition: "could", "mogłoby", "mohlo by" */
  wish: `
could should would mogl* moglo* powinn* by bym bys bysmy byste bych bychom mohl* mohlo mohla mohly mel* mela melo
`,
};

/** Nouns and look-alikes the speed prefixes would catch: "szybkość", "rychlost" (speed itself), "wolność". */
export const NOT_PACE_WORDS = 'szybkosc* rychlost* wolnosc* wolne wolnym wolnych pozdeji';

/** A wait ("waited", "czekałem", "čekal") or a span of time taken ("took", "trwała", "šla"), needing a long span. */
export const WAIT_WORDS = `
took take takes taking waited wait waits waiting
czekal* czekam czekamy czekac czekanie czekania czekaniu trwal* trwa trwaja szla szlo szly szedl
cekal* cekam cekame cekat cekani trval* trva trvaji sla slo sly sel
`;

/** A long span: "ages", "a week", "tydzień", "dlouho". */
export const LONG_WORDS = `
ages forever eternity week weeks month months long longer fortnight
tydzien tygodni* miesiac* miesiec* dlugo dluzej wieki wiecznosc* wiecznie
tyden tydne tydnu tydny tydnech mesic* dlouho dele vecnost* vecne
`;

/** A span called short: "only a week", "jen týden", "tylko tydzień". */
export const MINIMIZERS = 'only just tylko jedynie zaledwie raptem jen jenom pouze pouhy pouhe pouhych';

/** "than" before a Czech "čekal" makes it "expected" ("lepší, než jsem čekal"), not "waited". */
export const THAN_WORDS = 'nez niz than';
