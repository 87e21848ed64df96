// The moderation screen's strings (held reviews, decisions, public replies, the log), en/pl/cs.
import type { HoldReason, RejectReason, ReviewStatus } from '../../../shared/reviews.ts';
import type { Language } from '../locales.ts';

export interface ModerationTexts {
  label: string;
  heading: string;
  intro: string;
  show: string;
  statuses: Record<ReviewStatus, string>;
  empty: Record<ReviewStatus, string>;
  holdReasons: Record<HoldReason, string>;
  heldBecause: string;
  rejectReasons: Record<RejectReason, string>;
  rejectReason: string;
  rejectNote: string;
  /** The reason picker's first, empty choice: no reason is picked for the owner. */
  chooseReason: string;
  /** Said when "Reject" is pressed before a reason is chosen. */
  reasonMissing: string;
  approve: string;
  reject: string;
  product: string;
  author: string;
  anonymous: string;
  verified: string;
  unverified: string;
  stars: (n: number) => string;
  replyLabel: string;
  replyHint: string;
  replyCurrent: string;
  saveReply: string;
  /** In place of the reply box while a review is not published: nobody would see a reply to it. */
  replyAfterPublish: Record<'held' | 'rejected', string>;
  approved: string;
  rejected: (reason: string) => string;
  replied: string;
  loadMore: string;
  loading: string;
  log: {
    heading: string;
    caption: string;
    when: string;
    review: string;
    action: string;
    reason: string;
    actor: string;
    rating: string;
    empty: string;
    /** The review's id, as a tooltip on its excerpt. */
    reviewId: (id: string) => string;
    /** A review with neither title nor text (or erased). */
    noText: string;
  };
  actions: Record<string, string>;
  actors: Record<string, string>;
}

const en: ModerationTexts = {
  label: 'Moderation',
  heading: 'Review moderation',
  intro:
    'Reviews held back by the automatic checks wait here. Publish or reject them; a review may never be rejected because of its rating.',
  show: 'Show',
  statuses: { held: 'Held', published: 'Published', rejected: 'Rejected' },
  empty: { held: 'No review is waiting for you.', published: 'No published reviews yet.', rejected: 'No rejected reviews.' },
  holdReasons: {
    links: 'Contains a link',
    profanity: 'Strong language',
    duplicate: 'Same text as an earlier review',
    burst: 'Many reviews in a short time',
    unverified: 'No proof of purchase (verified-only reviews are on)',
  },
  heldBecause: 'Held because',
  rejectReasons: {
    spam: 'Spam or advertising',
    offensive: 'Offensive',
    off_topic: 'Not about the product',
    personal_data: 'Contains personal data',
  },
  rejectReason: 'Reason for rejecting',
  rejectNote: 'Only these reasons are allowed: rejecting a review for its rating is not.',
  chooseReason: 'Choose a reason',
  reasonMissing: 'Choose a reason for rejecting first.',
  approve: 'Publish',
  reject: 'Reject',
  product: 'Product',
  author: 'Author',
  anonymous: 'Anonymous',
  verified: 'Verified purchase',
  unverified: 'Not verified',
  stars: (n) => `${n} of 5 stars`,
  replyLabel: 'Public reply (shown under the review)',
  replyHint: 'Everyone who reads the review sees it. Saving again replaces the earlier reply.',
  replyCurrent: 'Your public reply',
  saveReply: 'Publish reply',
  replyAfterPublish: {
    held: 'You can reply publicly once you publish this review: until then nobody sees it.',
    rejected: 'A rejected review is not shown, so it takes no public reply.',
  },
  approved: 'Review published.',
  rejected: (reason) => `Review rejected: ${reason}.`,
  replied: 'Reply published.',
  loadMore: 'Load more',
  loading: 'Loading reviews…',
  log: {
    heading: 'Moderation log',
    caption: 'Every moderation step, newest first',
    when: 'When',
    review: 'Review',
    action: 'Step',
    reason: 'Reason',
    actor: 'By',
    rating: 'Rating',
    empty: 'Nothing has been moderated yet.',
    reviewId: (id) => `Review ID ${id}`,
    noText: 'No title or text',
  },
  actions: {
    published: 'Published automatically',
    held: 'Held',
    approved: 'Published',
    rejected: 'Rejected',
    replied: 'Replied publicly',
  },
  actors: { system: 'Automatic check', owner: 'You' },
};

const pl: ModerationTexts = {
  label: 'Moderacja',
  heading: 'Moderacja opinii',
  intro:
    'Tu czekają opinie wstrzymane przez automatyczne kontrole. Opublikuj je lub odrzuć; opinii nie wolno odrzucić z powodu oceny.',
  show: 'Pokaż',
  statuses: { held: 'Wstrzymane', published: 'Opublikowane', rejected: 'Odrzucone' },
  empty: {
    held: 'Żadna opinia nie czeka na decyzję.',
    published: 'Nie ma jeszcze opublikowanych opinii.',
    rejected: 'Brak odrzuconych opinii.',
  },
  holdReasons: {
    links: 'Zawiera link',
    profanity: 'Wulgaryzmy',
    duplicate: 'Ten sam tekst co wcześniejsza opinia',
    burst: 'Wiele opinii w krótkim czasie',
    unverified: 'Brak dowodu zakupu (włączone tylko potwierdzone opinie)',
  },
  heldBecause: 'Wstrzymana, bo',
  rejectReasons: {
    spam: 'Spam lub reklama',
    offensive: 'Obraźliwa',
    off_topic: 'Nie dotyczy produktu',
    personal_data: 'Zawiera dane osobowe',
  },
  rejectReason: 'Powód odrzucenia',
  rejectNote: 'Dozwolone są tylko te powody: nie wolno odrzucić opinii z powodu oceny.',
  chooseReason: 'Wybierz powód',
  reasonMissing: 'Najpierw wybierz powód odrzucenia.',
  approve: 'Opublikuj',
  reject: 'Odrzuć',
  product: 'Produkt',
  author: 'Autor',
  anonymous: 'Anonim',
  verified: 'Potwierdzony zakup',
  unverified: 'Niepotwierdzona',
  stars: (n) => `${n} z 5 gwiazdek`,
  replyLabel: 'Publiczna odpowiedź (widoczna pod opinią)',
  replyHint: 'Zobaczy ją każdy, kto czyta opinię. Ponowny zapis zastępuje wcześniejszą odpowiedź.',
  replyCurrent: 'Twoja publiczna odpowiedź',
  saveReply: 'Opublikuj odpowiedź',
  replyAfterPublish: {
    held: 'Publicznie odpowiesz po opublikowaniu tej opinii: do tego czasu nikt jej nie widzi.',
    rejected: 'Odrzucona opinia nie jest nigdzie pokazywana, więc nie można na nią publicznie odpowiedzieć.',
  },
  approved: 'Opinia opublikowana.',
  rejected: (reason) => `Opinia odrzucona: ${reason}.`,
  replied: 'Odpowiedź opublikowana.',
  loadMore: 'Wczytaj więcej',
  loading: 'Wczytywanie opinii…',
  log: {
    heading: 'Dziennik moderacji',
    caption: 'Każdy krok moderacji, od najnowszego',
    when: 'Kiedy',
    review: 'Opinia',
    action: 'Krok',
    reason: 'Powód',
    actor: 'Kto',
    rating: 'Ocena',
    empty: 'Nic jeszcze nie moderowano.',
    reviewId: (id) => `ID opinii: ${id}`,
    noText: 'Bez tytułu i treści',
  },
  actions: {
    published: 'Opublikowana automatycznie',
    held: 'Wstrzymana',
    approved: 'Opublikowana',
    rejected: 'Odrzucona',
    replied: 'Odpowiedź publiczna',
  },
  actors: { system: 'Kontrola automatyczna', owner: 'Ty' },
};

const cs: ModerationTexts = {
  label: 'Moderace',
  heading: 'Moderace recenzí',
  intro:
    'Zde čekají recenze zadržené automatickou kontrolou. Zveřejněte je, nebo zamítněte; recenzi nelze zamítnout kvůli hodnocení.',
  show: 'Zobrazit',
  statuses: { held: 'Zadržené', published: 'Zveřejněné', rejected: 'Zamítnuté' },
  empty: {
    held: 'Žádná recenze nečeká na rozhodnutí.',
    published: 'Zatím žádné zveřejněné recenze.',
    rejected: 'Žádné zamítnuté recenze.',
  },
  holdReasons: {
    links: 'Obsahuje odkaz',
    profanity: 'Vulgární výrazy',
    duplicate: 'Stejný text jako dřívější recenze',
    burst: 'Mnoho recenzí v krátké době',
    unverified: 'Bez dokladu o nákupu (zapnuty jen ověřené recenze)',
  },
  heldBecause: 'Zadrženo, protože',
  rejectReasons: {
    spam: 'Spam nebo reklama',
    offensive: 'Urážlivá',
    off_topic: 'Netýká se produktu',
    personal_data: 'Obsahuje osobní údaje',
  },
  rejectReason: 'Důvod zamítnutí',
  rejectNote: 'Povoleny jsou jen tyto důvody: zamítnout recenzi kvůli hodnocení nelze.',
  chooseReason: 'Vyberte důvod',
  reasonMissing: 'Nejdřív vyberte důvod zamítnutí.',
  approve: 'Zveřejnit',
  reject: 'Zamítnout',
  product: 'Produkt',
  author: 'Autor',
  anonymous: 'Anonym',
  verified: 'Ověřený nákup',
  unverified: 'Neověřená',
  stars: (n) => `${n} z 5 hvězdiček`,
  replyLabel: 'Veřejná odpověď (zobrazí se pod recenzí)',
  replyHint: 'Uvidí ji každý, kdo recenzi čte. Nové uložení nahradí dřívější odpověď.',
  replyCurrent: 'Vaše veřejná odpověď',
  saveReply: 'Zveřejnit odpověď',
  replyAfterPublish: {
    held: 'Veřejně odpovíte, až tuto recenzi zveřejníte: do té doby ji nikdo nevidí.',
    rejected: 'Zamítnutá recenze se nikde nezobrazuje, proto na ni nelze veřejně odpovědět.',
  },
  approved: 'Recenze zveřejněna.',
  rejected: (reason) => `Recenze zamítnuta: ${reason}.`,
  replied: 'Odpověď zveřejněna.',
  loadMore: 'Načíst další',
  loading: 'Načítání recenzí…',
  log: {
    heading: 'Záznam moderace',
    caption: 'Každý krok moderace, od nejnovějšího',
    when: 'Kdy',
    review: 'Recenze',
    action: 'Krok',
    reason: 'Důvod',
    actor: 'Kdo',
    rating: 'Hodnocení',
    empty: 'Zatím nebylo nic moderováno.',
    reviewId: (id) => `ID recenze: ${id}`,
    noText: 'Bez nadpisu a textu',
  },
  actions: {
    published: 'Zveřejněna automaticky',
    held: 'Zadržena',
    approved: 'Zveřejněna',
    rejected: 'Zamítnuta',
    replied: 'Veřejná odpověď',
  },
  actors: { system: 'Automatická kontrola', owner: 'Vy' },
};

export const MODERATION_TEXTS: Record<Language, ModerationTexts> = { en, pl, cs };
