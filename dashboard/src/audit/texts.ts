// The Audit screen's strings (issue #17), en/pl/cs: the journey's stages, the gaps, the relationship block, the
// segments with their intervals, the pickers, the digest settings and the printed report.
import type { Cadence, COMPARES, Stage } from '../../../shared/audit.ts';
import type { Language } from '../locales.ts';

export type Preset = 'last30' | 'lastWeek' | 'lastMonth' | 'lastQuarter' | 'custom';
export type CadenceChoice = Cadence | 'off';
export type Compare = (typeof COMPARES)[number];

export interface AuditTexts {
  heading: string;
  intro: string;
  reportTitle: string;
  period: (from: string, to: string) => string;
  compared: (from: string, to: string) => string;
  pickers: string;
  preset: string;
  presets: Record<Preset, string>;
  from: string;
  to: string;
  compare: string;
  compares: Record<'previous' | 'year', string>;
  segment: string;
  allSegments: string;
  print: string;
  loading: string;
  journey: string;
  journeyLabel: (points: string) => string;
  stages: Record<Stage, string>;
  stageHint: Record<Stage, string>;
  showTouchpoints: (count: number) => string;
  hideTouchpoints: string;
  touchpoint: string;
  responses: string;
  rating: string;
  nps: string;
  csat: string;
  balance: string;
  change: string;
  noAnswers: string;
  up: string;
  down: string;
  tooFew: string;
  honestyNote: (min: number) => string;
  overlapping: string;
  /** What every change is against, after its figure: "+12 vs previous period". */
  versus: Record<Compare, string>;
  noChange: string;
  /** The note under a touchpoint table, whose cells carry the comparison for screen readers only. */
  changesNote: Record<Compare, string>;
  gaps: string;
  gapsIntro: string;
  weakestStage: string;
  /** The line under the "Weakest stage" badge: why this stage, e.g. "Lowest balance per answer: −0.20 (−3 over 15 answers)". */
  weakestWhy: (perAnswer: string, balance: string, answers: number, count: string) => string;
  weakestTouchpoint: string;
  /** The badge instead of "Weakest stage" when the lowest stage is level with another within the noise (no alarm). */
  levelStages: string;
  /** Under that badge: what "level within the noise" means for the owner, in plain words. */
  levelWhy: string;
  /** The gaps' labels for a lowest stage / touchpoint that does not stand out beyond the noise. */
  lowestStage: string;
  lowestTouchpoint: string;
  /** Under the gaps' labels when either is only the lowest: what "not clearly worse" means. */
  levelNote: string;
  /** Above the themes: whose comments they are counted in (the lowest touchpoint's only). */
  themesScope: (touchpoint: string) => string;
  /** A theme's counts with their scope: "3 mentions, 2 negative, in comments at “Delivery”". */
  mentionsAt: (mentions: number, negative: number, touchpoint: string) => string;
  /** The Audit's name of the touchpoint `post_purchase`, told apart from the stage "After the purchase". */
  generalTouchpoint: string;
  /** Above a stage's touchpoint table: the stage's answers are its touchpoints' added up. */
  stageSum: (stage: string, count: string, answers: number) => string;
  noGap: string;
  mentions: (mentions: number, negative: number) => string;
  examples: string;
  noExamples: string;
  relationship: string;
  customersSeen: string;
  newCustomers: string;
  returningCustomers: string;
  returningShare: string;
  meanDays: string;
  medianDays: string;
  /** Days written with one decimal ("14.9"): Polish and Czech then take the genitive singular ("14,9 dnia", "14,9 dne"). */
  days: (value: string) => string;
  promoters: string;
  reviews: string;
  recommendations: string;
  segments: string;
  segmentsIntro: (min: number) => string;
  noSegments: (min: number) => string;
  intervalNote: string;
  digest: string;
  digestIntro: string;
  cadence: string;
  cadences: Record<CadenceChoice, string>;
  studySegments: string;
  studySegmentsHint: string;
  digestEmail: string;
  digestEmailHint: string;
  save: string;
  saving: string;
  saved: string;
  sendTest: string;
  sending: string;
  sentTo: (period: string, webhooks: number, mailed: boolean) => string;
  studying: (segment: string) => string;
  sentNowhere: string;
  nothingConfigured: string;
}

/** The form of a noun after the number `n`, by the language's plural rules (Intl.PluralRules). */
function counted(language: Language, n: number, forms: { one: string; few: string; many: string }): string {
  const category = new Intl.PluralRules(language).select(n);
  return category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many;
}

const plural = (n: number, one: string, few: string, many: string) => {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
};

export const AUDIT_TEXTS: Record<Language, AuditTexts> = {
  en: {
    heading: 'Experience audit',
    intro:
      'Before, during and after the purchase: where the experience is only average, for whom, and whether a change is more than chance.',
    reportTitle: 'Experience audit',
    period: (from, to) => `${from} – ${to}`,
    compared: (from, to) => `compared with ${from} – ${to}`,
    pickers: 'Period, comparison and segment',
    preset: 'Period',
    presets: {
      last30: 'Last 30 days',
      lastWeek: 'Last week',
      lastMonth: 'Last month',
      lastQuarter: 'Last quarter',
      custom: 'Custom dates',
    },
    from: 'From',
    to: 'To',
    compare: 'Compare with',
    compares: { previous: 'Previous period', year: 'Same period last year' },
    segment: 'Segment',
    allSegments: 'All customers',
    print: 'Print the report',
    loading: 'Loading the audit…',
    journey: 'The journey',
    journeyLabel: (points) => `The journey, NPS per stage: ${points}`,
    stages: { before: 'Before the purchase', during: 'During the purchase', after: 'After the purchase' },
    stageHint: { before: 'browsing', during: 'checkout', after: 'delivery, support, returns' },
    showTouchpoints: (count) => `Show touchpoints (${count})`,
    hideTouchpoints: 'Hide touchpoints',
    touchpoint: 'Touchpoint',
    responses: 'Answers',
    rating: 'Rating',
    nps: 'NPS',
    csat: 'CSAT',
    balance: 'Balance',
    change: 'Change',
    noAnswers: 'No answers',
    up: 'up',
    down: 'down',
    tooFew: 'too few answers to compare',
    honestyNote: (min) =>
      `Every rate shows its 95 % interval. A change gets an arrow only when both periods have at least ${min} answers and their intervals do not overlap; otherwise it says so.`,
    overlapping: 'no clear change',
    versus: { previous: 'vs previous period', year: 'vs same period last year' },
    noChange: 'no change',
    changesNote: {
      previous: 'Changes: against the previous period of the same length.',
      year: 'Changes: against the same period last year.',
    },
    gaps: 'Where the gaps are',
    gapsIntro: 'The weakest stage and touchpoint (lowest balance per answer) and the themes pulling them down.',
    weakestStage: 'Weakest stage',
    weakestWhy: (perAnswer, balance, answers, count) =>
      `Lowest balance per answer: ${perAnswer} (${balance} over ${count} ${counted('en', answers, { one: 'answer', few: 'answers', many: 'answers' })})`,
    weakestTouchpoint: 'Weakest touchpoint',
    levelStages: 'Lowest, but not clearly worse',
    levelWhy:
      'No stage is clearly worse than the others: the differences are within what chance alone would give with this many answers.',
    lowestStage: 'Lowest stage, not clearly worse than the others',
    lowestTouchpoint: 'Lowest touchpoint, not clearly worse than the others',
    levelNote:
      '“Not clearly worse”: the gap to the others is within what chance alone would give with this many answers, so it may not be a real problem.',
    themesScope: (touchpoint) => `Themes in the comments at the touchpoint “${touchpoint}”, most complaints first:`,
    mentionsAt: (mentions, negative, touchpoint) =>
      `${mentions} ${mentions === 1 ? 'mention' : 'mentions'}, ${negative} negative, in comments at “${touchpoint}”`,
    generalTouchpoint: 'After purchase (general)',
    stageSum: (stage, count, answers) =>
      `The stage “${stage}” adds up these touchpoints: ${count} ${answers === 1 ? 'answer' : 'answers'} in all.`,
    noGap: 'No stage stands out: too few answers or no complaints.',
    mentions: (mentions, negative) => `${mentions} ${mentions === 1 ? 'mention' : 'mentions'}, ${negative} negative`,
    examples: 'What customers wrote',
    noExamples: 'No comments.',
    relationship: 'Customers and relationship',
    customersSeen: 'Customers seen',
    newCustomers: 'New',
    returningCustomers: 'Returning',
    returningShare: 'Returning share',
    meanDays: 'Mean relationship length',
    medianDays: 'Median relationship length',
    days: (value) => `${value} days`,
    promoters: 'Recommendations: promoters',
    reviews: 'Recommendations: public reviews',
    recommendations: 'Recommendations generated',
    segments: 'Segments compared',
    segmentsIntro: (min) =>
      `Segments with at least ${min} answers, largest first. The whiskers are the 95 % interval: where intervals overlap, the segments may not really differ.`,
    noSegments: (min) => `No segment has ${min} answers in this period yet.`,
    intervalNote: '95 % interval',
    digest: 'Digest',
    digestIntro:
      'At the end of each week or month the audit of the period just closed goes to your webhooks (Slack-compatible) and, with a mail provider, by e-mail. With a segment list, each period studies the next segment in turn.',
    cadence: 'Send the digest',
    cadences: { weekly: 'Weekly', monthly: 'Monthly', off: 'Off' },
    studySegments: 'Rotating study: segments, in turn',
    studySegmentsHint: 'Separated by commas, e.g. vip, newsletter. Empty: no rotating study.',
    digestEmail: 'E-mail address for the digest (optional)',
    digestEmailHint: 'Used only when a mail provider is set (Invitations).',
    save: 'Save digest settings',
    saving: 'Saving…',
    saved: 'Digest settings saved.',
    sendTest: 'Send a test digest',
    sending: 'Sending…',
    sentTo: (period, webhooks, mailed) => {
      const parts = [
        webhooks ? `to ${webhooks} ${webhooks === 1 ? 'webhook' : 'webhooks'}` : null,
        mailed ? 'by e-mail' : null,
      ].filter(Boolean);
      return `Test digest of ${period} sent ${parts.join(' and ')}.${mailed ? '' : ' No e-mail was sent (no mail provider or address set).'}`;
    },
    studying: (segment) => `It studies the segment “${segment}”.`,
    sentNowhere: 'Nothing was sent: no webhook took it and no e-mail went out.',
    nothingConfigured:
      'Nothing configured to send to: add a webhook URL in Settings, or a digest e-mail address with a mail provider.',
  },
  pl: {
    heading: 'Audyt doświadczeń',
    intro:
      'Przed zakupem, w trakcie i po nim: gdzie doświadczenie jest tylko przeciętne, dla kogo i czy zmiana to coś więcej niż przypadek.',
    reportTitle: 'Audyt doświadczeń',
    period: (from, to) => `${from} – ${to}`,
    compared: (from, to) => `w porównaniu z ${from} – ${to}`,
    pickers: 'Okres, porównanie i segment',
    preset: 'Okres',
    presets: {
      last30: 'Ostatnie 30 dni',
      lastWeek: 'Poprzedni tydzień',
      lastMonth: 'Poprzedni miesiąc',
      lastQuarter: 'Poprzedni kwartał',
      custom: 'Własne daty',
    },
    from: 'Od',
    to: 'Do',
    compare: 'Porównaj z',
    compares: { previous: 'Poprzednim okresem', year: 'Tym samym okresem rok wcześniej' },
    segment: 'Segment',
    allSegments: 'Wszyscy klienci',
    print: 'Drukuj raport',
    loading: 'Wczytywanie audytu…',
    journey: 'Ścieżka klienta',
    journeyLabel: (points) => `Ścieżka klienta, NPS na etapach: ${points}`,
    stages: { before: 'Przed zakupem', during: 'W trakcie zakupu', after: 'Po zakupie' },
    stageHint: { before: 'przeglądanie', during: 'kasa', after: 'dostawa, obsługa, zwroty' },
    showTouchpoints: (count) => `Pokaż punkty styku (${count})`,
    hideTouchpoints: 'Ukryj punkty styku',
    touchpoint: 'Punkt styku',
    responses: 'Odpowiedzi',
    rating: 'Ocena',
    nps: 'NPS',
    csat: 'CSAT',
    balance: 'Bilans',
    change: 'Zmiana',
    noAnswers: 'Brak odpowiedzi',
    up: 'wzrost',
    down: 'spadek',
    tooFew: 'za mało odpowiedzi, by porównać',
    honestyNote: (min) =>
      `Każdy wskaźnik ma swój 95-procentowy przedział. Zmiana dostaje strzałkę tylko wtedy, gdy oba okresy mają co najmniej ${min} odpowiedzi, a ich przedziały się nie nakładają; w przeciwnym razie mówimy to wprost.`,
    overlapping: 'brak wyraźnej zmiany',
    versus: { previous: 'wobec poprzedniego okresu', year: 'wobec tego samego okresu rok wcześniej' },
    noChange: 'bez zmian',
    changesNote: {
      previous: 'Zmiany: wobec poprzedniego okresu tej samej długości.',
      year: 'Zmiany: wobec tego samego okresu rok wcześniej.',
    },
    gaps: 'Gdzie są luki',
    gapsIntro: 'Najsłabszy etap i punkt styku (najniższy bilans na odpowiedź) oraz tematy, które je obniżają.',
    weakestStage: 'Najsłabszy etap',
    weakestWhy: (perAnswer, balance, answers, count) =>
      `Najniższy bilans na odpowiedź: ${perAnswer} (${balance} na ${count} ${counted('pl', answers, { one: 'odpowiedź', few: 'odpowiedzi', many: 'odpowiedzi' })})`,
    weakestTouchpoint: 'Najsłabszy punkt styku',
    levelStages: 'Najniżej, ale nie wyraźnie gorzej',
    levelWhy:
      'Żaden etap nie wypada wyraźnie gorzej od pozostałych: różnice mieszczą się w tym, co przy tej liczbie odpowiedzi może dać sam przypadek.',
    lowestStage: 'Najniżej oceniany etap, ale nie wyraźnie gorszy od pozostałych',
    lowestTouchpoint: 'Najniżej oceniany punkt styku, ale nie wyraźnie gorszy od pozostałych',
    levelNote:
      '„Nie wyraźnie gorszy”: różnica wobec pozostałych mieści się w tym, co przy tej liczbie odpowiedzi może dać sam przypadek, więc nie musi oznaczać prawdziwego problemu.',
    themesScope: (touchpoint) => `Tematy w komentarzach z punktu styku „${touchpoint}”, od najczęstszych skarg:`,
    mentionsAt: (mentions, negative, touchpoint) =>
      `${mentions} ${plural(mentions, 'wzmianka', 'wzmianki', 'wzmianek')}, ${negative} ${counted('pl', negative, { one: 'negatywna', few: 'negatywne', many: 'negatywnych' })}, w komentarzach z punktu styku „${touchpoint}”`,
    generalTouchpoint: 'Po zakupie (ogólnie)',
    stageSum: (stage, count, answers) =>
      `Etap „${stage}” to suma tych punktów styku: łącznie ${count} ${counted('pl', answers, { one: 'odpowiedź', few: 'odpowiedzi', many: 'odpowiedzi' })}.`,
    noGap: 'Żaden etap się nie wyróżnia: za mało odpowiedzi albo brak skarg.',
    mentions: (mentions, negative) =>
      `${mentions} ${plural(mentions, 'wzmianka', 'wzmianki', 'wzmianek')}, ${negative} ${counted('pl', negative, { one: 'negatywna', few: 'negatywne', many: 'negatywnych' })}`,
    examples: 'Co napisali klienci',
    noExamples: 'Brak komentarzy.',
    relationship: 'Klienci i relacja',
    customersSeen: 'Klienci w okresie',
    newCustomers: 'Nowi',
    returningCustomers: 'Powracający',
    returningShare: 'Udział powracających',
    meanDays: 'Średnia długość relacji',
    medianDays: 'Mediana długości relacji',
    days: (value) => `${value} dnia`,
    promoters: 'Rekomendacje: promotorzy',
    reviews: 'Rekomendacje: publiczne opinie',
    recommendations: 'Wygenerowane rekomendacje',
    segments: 'Porównanie segmentów',
    segmentsIntro: (min) =>
      `Segmenty z co najmniej ${min} odpowiedziami, od największego. Wąsy to 95-procentowy przedział: gdy przedziały się nakładają, segmenty mogą się wcale nie różnić.`,
    noSegments: (min) => `Żaden segment nie ma jeszcze ${min} odpowiedzi w tym okresie.`,
    intervalNote: 'przedział 95 %',
    digest: 'Podsumowanie (digest)',
    digestIntro:
      'Na koniec każdego tygodnia lub miesiąca audyt zamkniętego okresu trafia na Twoje webhooki (zgodne ze Slackiem), a z dostawcą poczty także e-mailem. Z listą segmentów każdy okres bada po kolei kolejny segment.',
    cadence: 'Wysyłaj podsumowanie',
    cadences: { weekly: 'Co tydzień', monthly: 'Co miesiąc', off: 'Wyłączone' },
    studySegments: 'Badanie rotacyjne: segmenty po kolei',
    studySegmentsHint: 'Rozdzielone przecinkami, np. vip, newsletter. Puste: bez badania rotacyjnego.',
    digestEmail: 'Adres e-mail dla podsumowania (opcjonalnie)',
    digestEmailHint: 'Używany tylko, gdy ustawiono dostawcę poczty (Zaproszenia).',
    save: 'Zapisz ustawienia podsumowania',
    saving: 'Zapisywanie…',
    saved: 'Ustawienia podsumowania zapisane.',
    sendTest: 'Wyślij testowe podsumowanie',
    sending: 'Wysyłanie…',
    sentTo: (period, webhooks, mailed) => {
      const parts = [
        webhooks ? `na ${webhooks} ${plural(webhooks, 'webhook', 'webhooki', 'webhooków')}` : null,
        mailed ? 'e-mailem' : null,
      ].filter(Boolean);
      return `Testowe podsumowanie za ${period} wysłane ${parts.join(' i ')}.${mailed ? '' : ' Nie wysłano e-maila (brak dostawcy poczty lub adresu).'}`;
    },
    studying: (segment) => `Bada segment „${segment}”.`,
    sentNowhere: 'Nic nie wysłano: żaden webhook go nie przyjął i nie wyszedł żaden e-mail.',
    nothingConfigured:
      'Nie ma dokąd wysłać: dodaj adres webhooka w Ustawieniach albo adres e-mail podsumowania z dostawcą poczty.',
  },
  cs: {
    heading: 'Audit zkušeností',
    intro: 'Před nákupem, během něj a po něm: kde je zkušenost jen průměrná, pro koho a zda je změna víc než náhoda.',
    reportTitle: 'Audit zkušeností',
    period: (from, to) => `${from} – ${to}`,
    compared: (from, to) => `ve srovnání s ${from} – ${to}`,
    pickers: 'Období, srovnání a segment',
    preset: 'Období',
    presets: {
      last30: 'Posledních 30 dní',
      lastWeek: 'Minulý týden',
      lastMonth: 'Minulý měsíc',
      lastQuarter: 'Minulé čtvrtletí',
      custom: 'Vlastní data',
    },
    from: 'Od',
    to: 'Do',
    compare: 'Srovnat s',
    compares: { previous: 'Předchozím obdobím', year: 'Stejným obdobím před rokem' },
    segment: 'Segment',
    allSegments: 'Všichni zákazníci',
    print: 'Vytisknout zprávu',
    loading: 'Načítání auditu…',
    journey: 'Cesta zákazníka',
    journeyLabel: (points) => `Cesta zákazníka, NPS po fázích: ${points}`,
    stages: { before: 'Před nákupem', during: 'Během nákupu', after: 'Po nákupu' },
    stageHint: { before: 'prohlížení', during: 'pokladna', after: 'doručení, podpora, vrácení' },
    showTouchpoints: (count) => `Zobrazit kontaktní body (${count})`,
    hideTouchpoints: 'Skrýt kontaktní body',
    touchpoint: 'Kontaktní bod',
    responses: 'Odpovědi',
    rating: 'Hodnocení',
    nps: 'NPS',
    csat: 'CSAT',
    balance: 'Bilance',
    change: 'Změna',
    noAnswers: 'Žádné odpovědi',
    up: 'nárůst',
    down: 'pokles',
    tooFew: 'příliš málo odpovědí ke srovnání',
    honestyNote: (min) =>
      `Každá míra ukazuje svůj 95% interval. Změna dostane šipku, jen když obě období mají alespoň ${min} odpovědí a jejich intervaly se nepřekrývají; jinak to řekneme slovy.`,
    overlapping: 'žádná jasná změna',
    versus: { previous: 'oproti předchozímu období', year: 'oproti stejnému období před rokem' },
    noChange: 'beze změny',
    changesNote: {
      previous: 'Změny: oproti předchozímu stejně dlouhému období.',
      year: 'Změny: oproti stejnému období před rokem.',
    },
    gaps: 'Kde jsou mezery',
    gapsIntro: 'Nejslabší fáze a kontaktní bod (nejnižší bilance na odpověď) a témata, která je stahují dolů.',
    weakestStage: 'Nejslabší fáze',
    weakestWhy: (perAnswer, balance, answers, count) =>
      `Nejnižší bilance na odpověď: ${perAnswer} (${balance} na ${count} ${counted('cs', answers, { one: 'odpověď', few: 'odpovědi', many: 'odpovědí' })})`,
    weakestTouchpoint: 'Nejslabší kontaktní bod',
    levelStages: 'Nejníže, ale ne zřetelně hůř',
    levelWhy:
      'Žádná fáze není zřetelně horší než ostatní: rozdíly jsou v mezích toho, co by při tomto počtu odpovědí mohla způsobit pouhá náhoda.',
    lowestStage: 'Nejníže hodnocená fáze, ale ne zřetelně horší než ostatní',
    lowestTouchpoint: 'Nejníže hodnocený kontaktní bod, ale ne zřetelně horší než ostatní',
    levelNote:
      '„Ne zřetelně horší“: rozdíl oproti ostatním je v mezích toho, co by při tomto počtu odpovědí mohla způsobit pouhá náhoda, takže nemusí jít o skutečný problém.',
    themesScope: (touchpoint) => `Témata v komentářích z kontaktního bodu „${touchpoint}“, od nejčastějších stížností:`,
    mentionsAt: (mentions, negative, touchpoint) =>
      `${mentions} ${counted('cs', mentions, { one: 'zmínka', few: 'zmínky', many: 'zmínek' })}, ${negative} ${counted('cs', negative, { one: 'negativní', few: 'negativní', many: 'negativních' })}, v komentářích z kontaktního bodu „${touchpoint}“`,
    generalTouchpoint: 'Po nákupu (obecně)',
    stageSum: (stage, count, answers) =>
      `Fáze „${stage}“ je součtem těchto kontaktních bodů: celkem ${count} ${counted('cs', answers, { one: 'odpověď', few: 'odpovědi', many: 'odpovědí' })}.`,
    noGap: 'Žádná fáze nevyčnívá: příliš málo odpovědí nebo žádné stížnosti.',
    mentions: (mentions, negative) =>
      `${mentions} ${counted('cs', mentions, { one: 'zmínka', few: 'zmínky', many: 'zmínek' })}, ${negative} ${counted('cs', negative, { one: 'negativní', few: 'negativní', many: 'negativních' })}`,
    examples: 'Co zákazníci napsali',
    noExamples: 'Žádné komentáře.',
    relationship: 'Zákazníci a vztah',
    customersSeen: 'Zákazníci v období',
    newCustomers: 'Noví',
    returningCustomers: 'Vracející se',
    returningShare: 'Podíl vracejících se',
    meanDays: 'Průměrná délka vztahu',
    medianDays: 'Medián délky vztahu',
    days: (value) => `${value} dne`,
    promoters: 'Doporučení: propagátoři',
    reviews: 'Doporučení: veřejné recenze',
    recommendations: 'Získaná doporučení',
    segments: 'Srovnání segmentů',
    segmentsIntro: (min) =>
      `Segmenty s alespoň ${min} odpověďmi, od největšího. Vousy jsou 95% interval: kde se intervaly překrývají, segmenty se nemusí skutečně lišit.`,
    noSegments: (min) => `Žádný segment zatím nemá v tomto období ${min} odpovědí.`,
    intervalNote: '95% interval',
    digest: 'Přehled (digest)',
    digestIntro:
      'Na konci každého týdne nebo měsíce jde audit uzavřeného období na vaše webhooky (kompatibilní se Slackem) a s poskytovatelem pošty i e-mailem. Se seznamem segmentů každé období zkoumá postupně další segment.',
    cadence: 'Posílat přehled',
    cadences: { weekly: 'Týdně', monthly: 'Měsíčně', off: 'Vypnuto' },
    studySegments: 'Rotační studie: segmenty postupně',
    studySegmentsHint: 'Oddělené čárkami, např. vip, newsletter. Prázdné: bez rotační studie.',
    digestEmail: 'E-mailová adresa pro přehled (volitelné)',
    digestEmailHint: 'Použije se jen s nastaveným poskytovatelem pošty (Pozvánky).',
    save: 'Uložit nastavení přehledu',
    saving: 'Ukládání…',
    saved: 'Nastavení přehledu uloženo.',
    sendTest: 'Poslat testovací přehled',
    sending: 'Odesílání…',
    sentTo: (period, webhooks, mailed) => {
      const parts = [
        webhooks ? `na ${webhooks} ${plural(webhooks, 'webhook', 'webhooky', 'webhooků')}` : null,
        mailed ? 'e-mailem' : null,
      ].filter(Boolean);
      return `Testovací přehled za ${period} odeslán ${parts.join(' a ')}.${mailed ? '' : ' Žádný e-mail nebyl odeslán (chybí poskytovatel pošty nebo adresa).'}`;
    },
    studying: (segment) => `Zkoumá segment „${segment}“.`,
    sentNowhere: 'Nic nebylo odesláno: žádný webhook ho nepřijal a žádný e-mail neodešel.',
    nothingConfigured:
      'Není kam posílat: přidejte URL webhooku v Nastavení nebo e-mailovou adresu přehledu s poskytovatelem pošty.',
  },
};
