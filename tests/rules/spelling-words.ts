// Shared by the spelling tests: the rule's own test and the compiled dictionary's equivalence test.

/** Correct words typical of municipal posts, compounds and inflected forms included. */
export const correctWords = `
kommunen kommunfullmäktige kommunstyrelsen kommunstyrelsens förvaltningen samhällsbyggnadsförvaltningen socialförvaltningen
medborgardialog medborgardialogen medborgarförslag medborgarförslaget invånare invånarna kommuninvånare
biblioteket biblioteksfilial bibliotekskort bibliotekarie meröppet öppettider öppettiderna sommaröppet
förskola förskolan förskoleklass förskoleplats grundskola grundskolan gymnasieskola gymnasiet skolgården skolskjuts skollunch
elever eleverna lärare vårdnadshavare vårdnadshavarna föräldrar fritidshem fritids sommarlov sportlov höstlov påsklov lovaktiviteter
återvinningscentral återvinningscentralen återvinningsstation sophämtning sophämtningen matavfall hushållsavfall grovavfall sopkärl kärlet
vattenavstängning vattenläcka dricksvatten avloppsledning ledningsnätet kokningsrekommendation vattenverket reningsverket
snöröjning snöröjningen halkbekämpning plogbilarna sandning gatubelysning gatlampor vägarbete vägarbetet omledning trafiken
cykelvägar cykelbana gångväg busshållplats busshållplatsen parkering parkeringsplats parkeringstillstånd laddstolpe
bygglov bygglovet detaljplan detaljplanen samråd samrådet granskning översiktsplan planförslaget exploatering
äldreomsorg hemtjänst hemtjänsten särskilt boende trygghetslarm biståndshandläggare anhörigstöd dagverksamhet
socialtjänsten försörjningsstöd familjehem kontaktperson skuldrådgivning ekonomiskt bistånd
räddningstjänsten brandvarnare eldningsförbud brandrisk krisberedskap beredskap informationsmöte
simhallen badhuset friluftsbad badplatser badplatsen motionsspår elljusspår idrottshall idrottsplats konstgräsplan
föreningar föreningsbidrag föreningslivet aktivitetsbidrag kulturhuset kulturskolan kulturnatten konsert utställning
evenemang evenemanget välkommen välkomna anmälan anmäl anmälningsblankett ansökan ansöka ansökningsdag sista
kontaktcenter kundtjänst e-post webbplats telefon ring mejla besök besöksadress stadshuset receptionen
sammanträde sammanträdet protokoll protokollet beslut beslutade ärende ärendet nämnden nämnder ledamöter ordförande
valet röstning förtidsröstning vallokal röstkort valsedlar
hållbarhet klimatanpassning solceller laddinfrastruktur naturreservat naturreservatet vandringsled grönområden lekplats lekplatsen lekplatserna
praktik sommarjobb feriearbete arbetsmarknadsenheten lediga jobb rekrytering medarbetare medarbetarna chef
tillgänglighet tillgänglighetsanpassad hörslinga rullstolsanpassad ledsagare
stängt stänger öppnar renoverar renoveringen ombyggnation ombyggnaden inventering inventerar
påminnelse information informerar uppdatering aktuellt nyheter nyhetsbrev pressmeddelande
tack hälsningar trevlig helg hoppas ses snart sommar vinter höst vår januari februari mars april maj juni juli augusti september oktober november december
måndag tisdag onsdag torsdag fredag lördag söndag
fotbollsälskare bokälskare hundägare fastighetsägare skolbarn barnfamiljer småbarnsföräldrar föräldramötet
kvällsöppet vinterbadare busskortet pendlare cykelpendlare cykelställ skolstarten skolavslutningen studiedagen
snöovädret stormvarning vattenläckan ungdomsmottagningen familjecentralen vårdcentralen tandvården
friskvårdsbidrag löparbana insändaren nyhetsbrevet evenemangskalendern lekparken plaskdammen klätterställning sandlådan
konstutställning författarkväll bokbussen parkeringsavgiften boendeparkering laddplats hemsidan filmvisningen föreläsningen
länsstyrelsen ambulansen räddningstjänstens samhällsvägledare ishallen skidspåret pulkaåkning skridskoåkning
badtemperatur algblomning provtagning avfallshämtning trädgårdsavfall grovsopor sommarjobbare feriearbetare praktikplats
klimatsmart återbruk loppis lovprogrammet gång- och cykelvägar kontaktcentret
`
  .split(/\s+/)
  .filter(Boolean);

/** Real misspellings: dropped, doubled and swapped letters in words from the list above. */
export const misspellings = `
komun kommunnen förvaltnigen bibliotket biblotek öppetider skolgåren förskolna eleverrna vårdnadshavre
återvinigscentralen sophämptning vattnavstängning snöröjnig halkbekämping cykelvgar parkerig bygglvet detaljpaln samrådd
äldreomssorg hemtjänstn socialtjänstn räddnigstjänsten brandvarnre simhalen idrottshal föreningarn kulturhuet
välkomen anmälningn ansökkan kontacktcenter webbplatts telefoon sammanträdett protokolet beslutt nämdnen ordförannde
röstnig hållbarhett naturreservatt lekplattsen medarbetre tillgängliget informerrar uppdatring nyhetr
tisdg onsdg lördg sönndag intte naturligtvist definitift informaton någonsting
`
  .split(/\s+/)
  .filter(Boolean);
