// Shop-domain polarity words (diacritic-folded). A trailing "*" matches any ending, which covers
// Polish and Czech inflection ("dobr*" → dobry, dobra, dobrze, dobrou…). Written for Opinia.

export const POSITIVE_WORDS = `
good great excellent amazing awesome perfect perfectly love* loved happy recommend* fast quick quickly fantastic nice
best super wonderful brilliant satisfied pleased beautiful comfy comfortable works worth helpful friendly smooth solid sturdy
legit flawless thanks thank top gorgeous lovely impressed outstanding superb stellar reliable cute incredible exceeded glad
dobr* swietn* polecam zadowolon* szybk* idealn* doskonal* rewelac* wspanial* fajn* ekstra piekn* dzieki dziekuje solidn*
wygodn* profesjonaln* sprawn* bezproblem* zgodn* warto najlepsz* perfekc* cudown* genialn* bomba sztos mily mila milo
skvel* doporucuj* spokojen* rychl* perfektni vyborn* idealni bezvadn* pekn* krasn* spickov* paradni uzasn* luxusni fajn
dekuji dekujeme kvalitn* pohodln* ochotn* profesional* funguje spolehliv* nejlepsi jednicka spokojenost
`;

export const NEGATIVE_WORDS = `
bad poor* terrible awful horrible worst broke broken damaged defective faulty late slow* scam rude useless disappoint*
waste flimsy ripped torn missing wrong fake overpriced junk crap rubbish garbage meh mediocre unhelpful annoying hate*
problem* fail* stuck lost delayed dirty smell* leak* crack* scratched dented sucks sucked ugh nightmare pathetic ridiculous
refund unacceptable never avoid cheaply hassle complaint* issue*
zly zla zle zlego zlej slab* fatal* tragedi* tragiczn* beznadziej* okropn* straszn* rozczarow* uszkodz* zepsu* zniszcz*
popsu* wadliw* reklamac* opozni* spozni* porazk* masakra dno szmelc badziew* oszust* oszuk* niezadowol* klopot* kiepsk*
lipa chlam zenada zenujac* pekniet* rozpad* odkleil* niezgodn* nieprzyjemn* niemil* zastrzez* zarzut* uwag
spatn* hrozn* strasn* otresn* desn* katastrof* nekvalitn* rozbit* poskoz* pokaz* nefunkc* nefunguje zklam* pomal* pozde
zpozd* predrazen* vadn* vada nespokojen* nedoporucuj* podvod* hnus* odpad sunt neochotn* neprijemn* ztracen* chybel*
rozpadl* praskl* vyhrad* stiznost* stezovat tragick* zbytecn* mizern* bida otrava drah* drogi drogo
`;
