// Shop-domain phrases written for Opinia, used to generate training comments (scripts/sentiment/shop-training.ts).
// Kept apart from the held-out evaluation comments in tests/sentiment/fixtures (different sentences).
export interface PhraseBank {
  positive: string[];
  negative: string[];
  neutral: string[];
  /** contrast connectors ("but") */
  but: string[];
  /** joiners ("and") */
  and: string[];
  /** praise used sarcastically after a complaint ("great job…") */
  sarcastic: string[];
}

export const PHRASES: Record<'en' | 'pl' | 'cs', PhraseBank> = {
  en: {
    positive: [
      'delivery was really quick', 'arrived the next morning', 'shipped same day', 'courier was on time', 'parcel came early',
      'quality is excellent', 'very well made', 'feels premium', 'material is lovely', 'works perfectly', 'does exactly what it says',
      'fits like a glove', 'great price', 'good value', 'worth every penny', 'bargain', 'support was super helpful',
      'staff were friendly', 'they answered within an hour', 'nicely packed', 'packaging was neat and safe', 'refund was quick',
      'easy return', 'exchange was painless', 'website is easy to use', 'checkout was smooth', 'highly recommend', 'love this shop',
      'very satisfied', 'amazing', 'awesome stuff', 'top notch', 'happy customer', 'will buy again', 'no problems whatsoever',
      'not disappointed', 'cant fault it', 'better than expected', 'my wife loves it', 'great seller', 'spot on', 'sturdy and solid', 'zero issues', 'no complaints', 'no hassle at all', 'nothing to complain about', 'not a single problem',
    ],
    negative: [
      'delivery took forever', 'parcel never came', 'arrived late', 'courier lost it', 'still not delivered', 'wrong size sent',
      'quality is awful', 'cheaply made', 'broke after a day', 'falls apart', 'does not work', 'stopped working', 'smells bad',
      'ripped at the seams', 'overpriced', 'rip off', 'not worth the money', 'way too expensive', 'support never replied',
      'rude staff', 'they hung up on me', 'useless customer service', 'box was smashed', 'badly packed', 'arrived damaged',
      'refund still pending', 'return was refused', 'had to fight for my money back', 'website is a mess', 'checkout kept failing',
      'app keeps crashing', 'do not buy', 'avoid this shop', 'very disappointed', 'terrible', 'horrible experience', 'rubbish',
      'not happy', 'not good', 'never ordering again', 'waste of time', 'not as described', 'looks nothing like the picture',
    ],
    neutral: [
      'order received', 'arrived on monday', 'it is ok', 'average', 'nothing special', 'does it come in black', 'is there a warranty',
      'bought as a gift', 'have not used it yet', 'will see how it lasts', 'second time ordering', 'it is what it is',
      'as expected', 'standard packaging', 'paid by card', 'delivered by post', 'can i change my address', 'not sure yet',
      'fine', 'decent enough', 'so so', 'some good some bad', 'ordered on friday', 'came with the post office', 'picked it up from the locker',
      'tracking shows it is in transit', 'paid via paypal', 'used the mobile app to order', 'which size should i take',
      'when will it be back in stock', 'is shipping free', 'the box says made in poland', 'it is for my brother',
      'got the grey one', 'the courier called before coming', 'there is a manual in english', 'first order here',
      'delivery took four days', 'price is normal', 'standard quality', 'same as the old one', 'we will see', 'no opinion yet',
    ],
    but: ['but', 'but sadly', 'however', 'although', 'but then'],
    and: ['and', 'plus', 'also', ','],
    sarcastic: ['great job', 'well done', 'brilliant', 'thanks a lot', 'lovely', 'perfect', 'amazing service', 'just great', 'wonderful'],
  },
  pl: {
    positive: [
      'dostawa bardzo szybka', 'paczka przyszła na drugi dzień', 'wysłane tego samego dnia', 'kurier punktualny', 'przesyłka przed czasem',
      'jakość świetna', 'solidnie wykonane', 'materiał przyjemny', 'działa bez zarzutu', 'wszystko działa', 'pasuje idealnie',
      'zgodny z opisem', 'dobra cena', 'cena rewelacyjna', 'warte swojej ceny', 'okazja', 'obsługa bardzo pomocna', 'miły kontakt',
      'odpisali w godzinę', 'starannie zapakowane', 'świetnie zapakowane', 'zwrot pieniędzy szybki', 'zwrot bez problemów',
      'wymiana bezproblemowa', 'strona przejrzysta', 'zamówienie bezproblemowe', 'gorąco polecam', 'polecam ten sklep',
      'jestem zadowolony', 'jestem zadowolona', 'rewelacja', 'super sprawa', 'pełen profesjonalizm', 'na pewno zamówię ponownie',
      'żadnych problemów', 'nie zawiodłam się', 'nie ma się do czego przyczepić', 'lepsze niż myślałem', 'żona zachwycona',
      'sprzedawca godny zaufania', 'mega', 'petarda', 'zero problemów', 'bez zarzutu', 'żadnych zastrzeżeń', 'nie mam uwag', 'ani jednego problemu',
    ],
    negative: [
      'dostawa trwała wieki', 'paczka nie doszła', 'przesyłka spóźniona', 'kurier zgubił paczkę', 'nadal nie dostarczone',
      'przysłali zły rozmiar', 'jakość fatalna', 'tandetnie wykonane', 'zepsuło się po dniu', 'rozpada się', 'nie działa',
      'przestało działać', 'śmierdzi', 'pruje się', 'za drogie', 'zdzierstwo', 'nie warte swojej ceny', 'cena z kosmosu',
      'obsługa nie odpisuje', 'niemiła obsługa', 'rozłączyli się', 'obsługa klienta beznadziejna', 'karton zgnieciony',
      'słabo zapakowane', 'przyszło uszkodzone', 'zwrot pieniędzy ciągle nie przyszedł', 'odrzucili reklamację',
      'walczę o zwrot kasy', 'strona to koszmar', 'płatność nie przechodzi', 'aplikacja się wiesza', 'nie kupujcie',
      'omijajcie ten sklep', 'bardzo rozczarowany', 'tragedia', 'okropne', 'kicha', 'nie jestem zadowolony', 'słabo',
      'nigdy więcej', 'szkoda czasu', 'niezgodne z opisem', 'kompletnie inne niż na zdjęciu',
    ],
    neutral: [
      'zamówienie odebrane', 'przyszło w poniedziałek', 'jest ok', 'przeciętnie', 'nic szczególnego', 'czy jest w czarnym',
      'czy jest gwarancja', 'kupione na prezent', 'jeszcze nie używałem', 'zobaczymy jak się sprawdzi', 'drugie zamówienie',
      'jak w opisie', 'standardowe opakowanie', 'płaciłam kartą', 'przyszło pocztą', 'czy mogę zmienić adres', 'jeszcze nie wiem',
      'w porządku', 'takie sobie', 'średnio', 'ani dobrze ani źle', 'zamówione w piątek', 'odebrałem z paczkomatu',
      'przyszło pocztą polską', 'paczka w drodze', 'płaciłem przelewem', 'zamawiałam przez telefon', 'jaki rozmiar wybrać',
      'kiedy będzie dostępne', 'czy wysyłka jest darmowa', 'kupione dla brata', 'wziąłem szary kolor', 'kurier dzwonił przed',
      'instrukcja po polsku', 'pierwsze zamówienie tutaj', 'dostawa trwała cztery dni', 'cena normalna', 'standardowa jakość',
      'taki sam jak poprzedni', 'zobaczymy', 'na razie brak zdania',
    ],
    but: ['ale', 'ale niestety', 'jednak', 'tylko że', 'lecz'],
    and: ['i', 'a do tego', 'oraz', ','],
    sarcastic: ['brawo', 'dzięki wielkie', 'super robota', 'no pięknie', 'rewelacja', 'gratuluję', 'świetnie', 'no super', 'cudownie'],
  },
  cs: {
    positive: [
      'doručení bylo rychlé', 'balík přišel druhý den', 'odesláno ještě ten den', 'kurýr dorazil včas', 'zásilka dorazila dřív',
      'kvalita výborná', 'pěkně zpracované', 'materiál je příjemný', 'funguje bez problémů', 'vše funguje', 'sedí perfektně',
      'přesně podle popisu', 'dobrá cena', 'skvělá cena', 'stojí za ty peníze', 'výhodná koupě', 'podpora moc ochotná',
      'milá komunikace', 'odpověděli do hodiny', 'pečlivě zabalené', 'skvěle zabalené', 'peníze vrátili rychle',
      'vrácení bez problému', 'výměna proběhla bez potíží', 'přehledný web', 'objednávka bez problémů', 'vřele doporučuji',
      'tento obchod doporučuji', 'jsem spokojený', 'jsem spokojená', 'paráda', 'super věc', 'naprostá spokojenost',
      'určitě objednám znovu', 'žádné problémy', 'nezklamalo', 'nemám co vytknout', 'lepší než jsem čekal', 'manželka nadšená',
      'spolehlivý prodejce', 'bomba', 'pecka', 'žádný problém', 'bez výhrad', 'nemám výhrady', 'nemám si na co stěžovat', 'ani jeden problém',
    ],
    negative: [
      'doručení trvalo věčnost', 'balík nedorazil', 'zásilka se zpozdila', 'kurýr ztratil balík', 'stále nedoručeno',
      'poslali špatnou velikost', 'kvalita otřesná', 'odfláknuté zpracování', 'rozbilo se po dni', 'rozpadá se', 'nefunguje',
      'přestalo fungovat', 'smrdí', 'párá se', 'předražené', 'zlodějina', 'nestojí za ty peníze', 'cena přehnaná',
      'podpora neodpovídá', 'nepříjemná obsluha', 'zavěsili mi telefon', 'zákaznický servis k ničemu', 'krabice rozmačkaná',
      'špatně zabalené', 'přišlo poškozené', 'peníze pořád nevrátili', 'zamítli reklamaci', 'bojuji o vrácení peněz',
      'web je hrozný', 'platba neprochází', 'aplikace padá', 'nekupujte', 'tomuto obchodu se vyhněte', 'velmi zklamaný',
      'tragédie', 'hrůza', 'šmejd', 'nejsem spokojený', 'špatné', 'už nikdy', 'škoda času', 'neodpovídá popisu',
      'úplně jiné než na fotce',
    ],
    neutral: [
      'objednávka převzata', 'přišlo v pondělí', 'je to ok', 'průměr', 'nic zvláštního', 'je to i v černé', 'je na to záruka',
      'koupeno jako dárek', 'ještě jsem nepoužil', 'uvidíme jak vydrží', 'druhá objednávka', 'jak v popisu', 'běžný obal',
      'platila jsem kartou', 'přišlo poštou', 'můžu změnit adresu', 'zatím nevím', 'v pořádku', 'nic moc ani špatné', 'ujde to',
      'tak napůl', 'objednáno v pátek', 'vyzvedl jsem na výdejně', 'přišlo přes zásilkovnu', 'balík je na cestě',
      'platil jsem převodem', 'objednávala jsem po telefonu', 'jakou velikost vybrat', 'kdy to bude skladem',
      'je doprava zdarma', 'koupeno pro bráchu', 'vzal jsem šedou', 'kurýr volal předem', 'návod je česky',
      'první objednávka tady', 'doručení trvalo čtyři dny', 'cena normální', 'běžná kvalita', 'stejné jako to předchozí',
      'uvidíme', 'zatím bez názoru',
    ],
    but: ['ale', 'ale bohužel', 'jenže', 'avšak', 'jen'],
    and: ['a', 'a navíc', 'a také', ','],
    sarcastic: ['gratuluju', 'díky moc', 'výborně', 'paráda', 'skvělá práce', 'no super', 'nádhera', 'bezva', 'úžasné'],
  },
};

export const POSITIVE_TAILS = ['!', '!!', ' 👍', ' 😍', ' :)', ' ❤️', '', '', '', '.'];
export const NEGATIVE_TAILS = ['!', '!!', ' 👎', ' 😡', ' :(', ' 🙄', '', '', '', '.'];
export const NEUTRAL_TAILS = ['', '', '.', '?', ' 🙂'];
