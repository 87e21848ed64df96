// Theme keywords per language (diacritic-folded). A trailing "*" matches any ending (Polish/Czech inflection).
import type { Theme } from './index.ts';

export const THEME_WORDS: Record<'en' | 'pl' | 'cs', Record<Theme, string>> = {
  en: {
    delivery: 'deliver* delivery shipping shipped ship ships dispatch* courier* parcel* arrive* arrived arrival tracking postman post',
    price: 'price* pricey cost costs expensive overpriced value bargain deal afford* money cheaper',
    quality: 'quality material* fabric stitch* broke broken break* breaks work works worked working apart durable sturdy flimsy plastic battery zip colour color size* sizes fits fit leather junk defect* faulty description quality',
    service: 'service support staff seller helpdesk chat email* phone answer* respon* replied reply rude helpful agent* guy lady team',
    packaging: 'packaging packed packing box boxes wrap* wrapped bubble',
    returns: 'return return* returned returns refund* exchange* replacement',
    website: 'website site app checkout online page payment pay paid login web',
  },
  pl: {
    delivery: 'dostaw* dostarcz* wysylk* wyslan* wyslal* wysylka kurier* paczk* paczka przesylk* dotarl* doszl* doszla przyszla',
    price: 'cen* cena cene tani* tanio drog* drozsz* koszt* kasa zdzierstw* okazj*',
    quality: 'jakos* wykonan* material* tkanin* szw* szwy zepsu* dzial* rozpad* rozwal* plastik* tandet* bateri* zamek kolor* rozmiar* rozmiarowk* pasuje skora skory skorzana opis* pekl* peka pekniet* instrukcj* srub*',
    service: 'obslug* kontakt* sprzedaw* konsultant* telefon* odpis* odpowiedz* mail* maile pomocn* chamsk* infolini*',
    packaging: 'opakowan* zapakowan* zapakow* karton* pudel* pudelk* foli* zabezpieczen*',
    returns: 'zwrot* zwroc* reklamac* wymian* odesl* odeslanie',
    website: 'stron* strona aplikac* platnosc* platnos* platno* koszyk* logow* blik*',
  },
  cs: {
    delivery: 'doruc* doprav* zasilk* balik* kuryr* odesl* odeslan* dorazil* dorazi prisla prislo',
    price: 'cen* cena drah* drahe levn* levne predrazen* postovne naklad* drazsi',
    quality: 'kvalit* zpracovan* material* latk* svy rozbi* funguj* nefunguj* rozpad* plast* baterk* bateri* zip barv* velikost* sedi kuz* kuze popis* praskl* nekvalitn* navod* srou*',
    service: 'obsluh* podpor* servis* komunikac* prodejc* telefon* odpoved* mail* maily ochotn* neochotn*',
    packaging: 'obal* zabalen* zabal* krabic* foli* baleni*',
    returns: 'vracen* vrac* vratit vratil* refund* reklamac* vymen* vymena',
    website: 'web webu webove strank* aplikac* platb* kosik*',
  },
};
