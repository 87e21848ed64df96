// Theme keywords per language (diacritic-folded). A trailing "*" matches any ending (Polish/Czech inflection).
// Comments that praise or fault the product without naming a theme word count as "quality" (see themes.ts).
import type { Theme } from './index.ts';

export const THEME_WORDS: Record<'en' | 'pl' | 'cs', Record<Theme, string>> = {
  en: {
    delivery:
      'deliver* delivery shipping shipped ship ships shipment* dispatch* courier* parcel* package packages arrive* arrived arrival tracking postman post postal mail mailman ups dhl fedex usps hermes evri dpd royal driver* doorstep locker* transit eta late',
    price:
      'price* pricey pricy cost costs costly expensive overpriced value bargain deal deals afford* money cheaper cheap cheapest discount* coupon* voucher* promo sale sales pay paying paid quid bucks dollars pounds euros worth fee fees postage overcharg* charged charge',
    quality:
      'quality material* fabric stitch* seam* plastic battery zip zipper leather junk description quality wash* washed shrank shrunk fade* faded itch* itchy taste* tastes tasted build design sound screen charger cable sole soles heel* strap* lasts lasted durab* cheaply',
    service:
      'service support staff seller helpdesk chat email* phone answer* respon* replied reply rude helpful agent* guy lady team customer operator* rep reps representative* assistant* hotline callback manager',
    packaging:
      'packaging packed packing box boxes boxed wrap* wrapped bubble padding padded cardboard envelope* bag* sealed tape taped crushed dented carton* gift-wrapped giftwrap*',
    returns:
      'return return* returned returns refund* exchange* replacement* rma warranty cancel* cancellation reimburs* money-back',
    website:
      'website site app checkout online page payment pay paid login web cart basket search filter* account password code link tracker navigation browser form glitch* bug* crash* crashed loading',
  },
  pl: {
    delivery:
      'dostaw* dostarcz* transport* dostarczon* wysylk* wyslan* wyslal* wysylka kurier* paczk* paczka paczkomat* przesylk* dotarl* doszl* doszla doszlo przyszla przyszlo przyszly przyszedl przyjechal* przywiozl* pocztex poczta poczte poczty inpost dpd dhl gls ups orlen odbior* odebral* nadan* nadal* doreczen* dowoz* dojechal* dojechala czekal* czekam czekamy',
    price:
      'cen* cena cene tani* tanio drog* drozsz* koszt* kasa zdzierstw* okazj* promocj* rabat* znizk* kod* zl zlotych zlote groszy pieniad* pieniedz* oplat* darmow* gratis przecen* wyprzedaz* oplacal* warto wart oplaca',
    quality:
      'jakos* wykonan* material* tkanin* szw* szwy plastik* tandet* bateri* zamek skora skory skorzana opis* instrukcj* srub* pral* spral* sprane farbuj* blak* zmechac* mechac* kurcz* skurczyl* rozpru* pruje smak* smakuj* trwalosc* trwalosci nietrwal* badziew* chinszczyzn*',
    service:
      'obslug* kontakt* sprzedaw* konsultant* telefon* odpis* odpowiedz* odpowiedzial* mail* maile pomocn* chamsk* infolini* czat* chat* pracownik* pracownic* personel* uprzejm* nieuprzejm* zyczliw* kontaktowal* dzwonil* dzwonilam',
    packaging:
      'opakowan* zapakowan* zapakow* karton* pudel* pudelk* foli* zabezpieczen* zabezpieczon* zabezpiecz* folia folie folii bablowk* owinie* owinat* koperta kopert* styropian* wypelniacz*',
    returns:
      'zwrot* zwroc* reklamac* wymian* wymienil* odesl* odeslanie odeslal* anulow* anulowan* gwarancj* rekojm* oddal* oddac',
    website:
      'stron* strona aplikac* platnosc* platnos* platno* koszyk* logow* blik* www internet* formularz* wyszukiwar* filtr* konto konta kodem link* przelew* bramk* apka apke apki',
  },
  cs: {
    delivery:
      'doruc* doprav* transport* zasilk* zasilkovn* balik* balikovn* kuryr* odesl* odeslan* dorazil* dorazi prisla prislo prisly prisel dodan* dodal* dodaci dodaci* dojel* dovez* doveze dovezl* posta posty postou postu ppl dpd gls ridic* vydejn* box* boxu prevzal* prevzit* vyzvedl* vyzvednout expedic* expedov* cekal* cekam cekani',
    price:
      'cen* cena drah* drahe levn* levne predrazen* postovne naklad* drazsi kc korun* stal stala stalo stoji stat slev* vyprodej* akce akci akcni penez penize penez* zdarma zaplatil* plati vyplati* vyplatil* vyhodn* kod* kupon*',
    quality:
      'kvalit* zpracovan* material* latk* svy plast* baterk* bateri* zip kuz* kuze popis* nekvalitn* navod* srou* vyrob* sunt* srazil* srazi prani pere pral* vypral* vydrz* vydrzel* chut* chutn* kvalitn* trvanliv*',
    service:
      'obsluh* podpor* servis* komunikac* prodejc* telefon* odpoved* mail* maily ochotn* neochotn* ochota operator* operatork* chat* chatu infolink* zakaznick* personal* prodavac* pristup* jednani jednal* jednala ozval* ozvali ozve ozvou napsal* psal* psala volal* volala dovolat',
    packaging:
      'obal* zabalen* zabal* krabic* foli* baleni* bublink* novin* prepravk* polystyren* obalk* pask* lepic* vycpav* kartonov* karton*',
    returns:
      'vracen* vrac* vratit vratil* refund* reklamac* vymen* vymena storn* vratk* vratka zaruk* penize zpet zpet odstoupen*',
    website:
      'web webu webove strank* aplikac* platb* kosik* eshop* shop vyhledav* filtr* formular* odkaz* prihlas* registrac* ucet uctu newsletter* platebn* brana objednavkov* internet* appka apka apce',
  },
};

/**
 * Quality words that describe a thing rather than name an aspect of the product: they are quality only when nothing
 * else in their part of the clause is what they describe (themes.ts `themeMentionsInText`). "tracking number works",
 * "aplikacja działa", "pohodlná aplikace", "vrácení zboží", "returned a size": the delivery, website or returns word is
 * the subject; "it works great", "wygodne buty" are about the product.
 */
export const QUALITY_ATTRIBUTES: Record<'en' | 'pl' | 'cs', string> = {
  en: 'work works worked working durable sturdy flimsy colour color size* sizes fits fit comfy comfortable soft smell* smells fresh stale',
  pl: 'dzial* kolor* rozmiar* rozmiarowk* pasuje produkt* towar* sprzet* urzadzen* pachn* zapach* smierdz* miekk* cieple ciepla cieply wytrzym* solidn* trwale trwalego trwalej trwalym trwalymi trwalych trwala trwaly',
  cs: 'funguj* nefunguj* nefunkc* funkc* sedi barv* velikost* produkt* zbozi drzi voni vune vuni smrd* pohodl* mekk* hrej* tepl* pevn* odoln*',
};

/**
 * Damage: "torn", "rozbitý", "uszkodzone". Next to a packaging word, after one in the same sentence ("the box was
 * crushed and the mug inside was broken", "krabice zmačkla, hrnek uvnitř rozbitý"), or said of the delivery ("arrived
 * broken") it is damage in transit: packaging, not the product's quality.
 */
export const DAMAGE_WORDS: Record<'en' | 'pl' | 'cs', string> = {
  en: 'broke broken break* breaks apart tore torn ripped rip defect* faulty damage damaged scratch scratches scratched cracked cracks smashed shattered chipped',
  pl: 'zepsu* rozpad* rozwal* pekl* peka pekniet* rozdar* dziur* uszkodz* wadliw* wada wady usterk* psuj* popsul* potlucz* stluczon* rysa rysy rysek zarysow* porysow*',
  cs: 'rozbi* rozpad* praskl* prodrel* roztrh* potrh* ulomil* zlomil* vada vadn* vady zavad* poskoz* poskrab* skrabanc* odren* odret*',
};

/** No damage: "undamaged", "nieuszkodzony", "nepoškozený", read as damage is (above) but as praise. */
export const INTACT_WORDS: Record<'en' | 'pl' | 'cs', string> = {
  en: 'undamaged intact unbroken unscathed',
  pl: 'nieuszkodzon* nienaruszon*',
  cs: 'neposkozen* nerozbi* neporusen*',
};

/**
 * Negated words that put a damage word after them in a negation scope without denying the damage: "can't believe it
 * broke", "don't buy it broke", "nie wierzę że pękło", "nevím proč praskl". Damage after them is still a complaint.
 */
export const NO_DAMAGE_BLOCKERS =
  'believe know think expect understand buy recommend wierz* wiem mysl* spodziew* rozumiem kupuj* polec* ver* vim myslel* mysli chap* kupuj* doporuc* proc dlaczego czemu why';
