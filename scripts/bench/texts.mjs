// Sentence pools for the bench generator, in the register of real agreements (Brå:s vägledning,
// the examples' Gnesta text). A few carry quotation marks, as real texts do, so that quoted styles
// need their escapes.
export const PURPOSE = [
  'Överenskommelsen ska stärka och strukturera samverkan mellan {namn} kommun och Polisen i det brottsförebyggande och trygghetsskapande arbetet.',
  'Den bygger på en gemensam lägesbild som tagits fram av kommunen och lokalpolisområdet tillsammans, med underlag från skola, socialtjänst, fritid och räddningstjänst.',
  'Det lokala brottsförebyggande rådet planerar, samordnar och följer upp arbetet, och rapporterar till kommunstyrelsen och lokalpolisområdeschefen en gång per år.',
  'Parterna ska arbeta kunskapsbaserat enligt Brås modell: lägesbild, orsaksanalys, åtgärder, genomförande och uppföljning.',
  'Överenskommelsen uppfyller kravet i lag (2023:196) om kommuners ansvar för brottsförebyggande arbete på att kommunen samverkar med Polisen.',
  'Arbetet ska ge invånarna i {namn} kommun en tryggare vardag, och särskilt skydda barn och unga från att dras in i kriminalitet.',
  'Insatserna ska riktas dit där problemen är störst, och resurserna ska användas så att kommunens och polisens uppdrag kompletterar varandra.',
  'Medborgarlöftena är en del av överenskommelsen och tas fram efter dialog med invånare, föreningar och näringsidkare i {namn}.',
  'Arbetet bedrivs under namnet "Tryggt i {namn}" och presenteras så för invånarna.',
];

export const OVERALL = [
  'Färre barn och unga i {namn} ska dras in i kriminalitet och missbruk.',
  'Invånarna i {namn} kommun ska känna sig trygga i sin närmiljö, i hela kommunen.',
  'Färre ska utsättas för våld, särskilt våld i nära relationer.',
  'Förtroendet för kommunen och polisen ska öka, även i de områden där det i dag är lågt.',
  'Den organiserade brottslighetens möjligheter att verka i {namn} ska minska.',
];

/** Focus-area themes; each kommun gets three of them, in a seeded order. */
export const THEMES = [
  {
    key: 'unga',
    title: 'Barn och unga – tidiga insatser mot droger och kriminalitet',
    description: [
      'Förebygga att barn och unga i {namn} börjar använda narkotika och dras in i kriminalitet.',
      'Tidig upptäckt och samordnade insatser från skola, socialtjänst, fritid och polis ska nå de unga som riskerar att hamna snett.',
      'Föräldrar och andra vuxna ska få stöd i att vara närvarande i ungas vardag, både i skolan och på fritiden.',
      'Arbetet ska bygga vidare på den SSPF-samverkan som redan finns och utvidgas till fritidsgårdar och föreningsliv.',
    ],
    cause: [
      'Lägesbilden visar att narkotika är lätt att få tag på och att köp ofta sker via sociala medier.',
      'En liten grupp unga står för en stor del av brottsligheten, och flera av dem har haft hög frånvaro i skolan sedan mellanstadiet.',
      'Skyddsfaktorer som närvarande vuxna, skolnärvaro och meningsfull fritid är svagare i den gruppen.',
      'Information mellan skola, socialtjänst och polis har tidigare inte delats systematiskt, och insatserna har ofta kommit sent.',
      'Fritidsutbudet för unga över femton år är litet, särskilt kvällar och helger, och kollektivtrafiken gör det svårt att ta sig till centralorten.',
    ],
    measures: [
      'Föräldravandringar fredag och lördag kväll under skolåret, samordnade av fritidsgården och föräldraföreningarna.',
      'SSPF-samverkan (skola, socialtjänst, polis, fritid) med gemensamma ärendegenomgångar varannan vecka.',
      'Kommunpolisen besöker alla klasser i årskurs 7 med information om narkotika och konsekvenserna av att begå brott.',
      'Utökade öppettider på fritidsgården fredag och lördag kväll, med personal som har utbildning i att möta unga i riskzon.',
      'Skolorna följer upp frånvaro varje vecka och kontaktar vårdnadshavare redan vid första tecken på ökad frånvaro.',
    ],
  },
  {
    key: 'miljo',
    title: 'Trygg och säker offentlig miljö',
    description: [
      'Öka tryggheten i centrala {namn}, vid stationsområdet och i de mindre tätorterna.',
      'Den fysiska miljön ska utformas så att den inbjuder till rörelse och gör det svårare att begå brott.',
      'Invånare, fastighetsägare och näringsidkare ska vara delaktiga i att hitta och åtgärda otrygga platser.',
    ],
    cause: [
      'Otryggheten är störst kvällstid vid stationen och i gång- och cykeltunnlarna.',
      'Dålig belysning, skymmande buskage och kvarlämnat klotter bidrar till att platser upplevs som otrygga.',
      'Skadegörelsen är koncentrerad till helger och till kommunens fastigheter, särskilt skolor och busshållplatser.',
      'Invånarna beskriver i medborgardialogen att de undviker vissa platser efter mörkrets inbrott, och att äldre i högre grad avstår från att gå ut på kvällen.',
      'Fastighetsägarna i centrum har inte tidigare samverkat kring belysning, städning och kameraövervakning.',
    ],
    measures: [
      'Trygghetsvandring i centrala {namn} varje vår, med fastighetsägare, polis och invånare.',
      'Kampanjen "Se, säg, gör" om att anmäla skadegörelse, riktad till fastighetsägare och hyresgäster.',
      'Bättre belysning och röjning av buskage vid stationen och i gång- och cykeltunnlarna.',
      'Klotter och skadegörelse på kommunens fastigheter saneras inom 48 timmar.',
      'Riktad polisnärvaro vid stationsområdet fredag och lördag kväll.',
      'Samverkan med fastighetsägarna i centrum enligt BID-modellen, med gemensam lägesbild varje kvartal.',
    ],
  },
  {
    key: 'vald',
    title: 'Våld i nära relationer',
    description: [
      'Förebygga våld i nära relationer i {namn} och se till att den som utsätts får stöd tidigt, oavsett vilken myndighet den först möter.',
      'Barn som lever med våld ska uppmärksammas och få eget stöd.',
      'Våldsutövare ska erbjudas insatser för att bryta sitt beteende.',
    ],
    cause: [
      'Många våldsutsatta söker inte hjälp, och kunskapen om att upptäcka och fråga om våld är ojämn bland kommunens medarbetare.',
      'Kontakten mellan polis och socialtjänst efter en anmälan har varit personberoende.',
      'Ungefär hälften av misshandelsbrotten mot kvinnor sker i en nära relation, och mörkertalet bedöms vara stort.',
      'Det saknas i dag ett behandlingsprogram för våldsutövare i kommunen, och väntetiden till regionens program är lång.',
    ],
    measures: [
      'Grundutbildning om våld i nära relationer för medarbetare inom socialtjänst, skola och äldreomsorg.',
      'Gemensam rutin för att socialtjänsten kontaktar den brottsutsatta inom ett dygn efter polisanmälan.',
      'Informationsinsats om stöd till våldsutsatta kring Orange Day den 25 november varje år.',
      'Behandlingsprogram för våldsutövare i samarbete med grannkommunerna.',
      'Rutinfrågor om våld i socialtjänstens och mödrahälsovårdens samtal.',
    ],
  },
  {
    key: 'organiserad',
    title: 'Organiserad brottslighet och välfärdsbrott',
    description: [
      'Försvåra för kriminella aktörer att etablera sig i {namn} och att tillgodogöra sig kommunens välfärdsmedel.',
      'Kommunens förvaltningar ska känna igen signaler på otillåten påverkan och felaktiga utbetalningar.',
      'Samarbetet med Skatteverket, Försäkringskassan och andra myndigheter ska stärkas genom regionens samverkansråd.',
    ],
    cause: [
      'Lägesbilden visar att kriminella nätverk i regionen söker sig till mindre kommuner där kontrollen bedöms vara svagare.',
      'Kommunens upphandlingar och bidrag har inte systematiskt kontrollerats mot registeruppgifter.',
      'Medarbetare i handläggande funktioner har i enkäter beskrivit påtryckningar och hot i samband med beslut.',
      'Tillsynen av serveringstillstånd och tobaksförsäljning har tidigare skett utan samordning med polisen.',
    ],
    measures: [
      'Utbildning om otillåten påverkan för alla chefer och handläggare med myndighetsutövning.',
      'Kontroll av leverantörer och bidragsmottagare mot registeruppgifter före beslut.',
      'Gemensamma tillsynsbesök av kommunen och polisen på restauranger och butiker med tillstånd.',
      'Rutin för att anmäla misstänkta felaktiga utbetalningar till Utbetalningsmyndigheten.',
    ],
  },
  {
    key: 'alkohol',
    title: 'Alkohol, narkotika och langning',
    description: [
      'Minska tillgången till alkohol och narkotika för unga i {namn}.',
      'Vuxna som langar alkohol till minderåriga ska upptäckas och lagföras.',
      'Festmiljöer och evenemang ska vara trygga och fria från narkotika.',
    ],
    cause: [
      'Drogvaneundersökningen visar att många unga får alkohol från äldre syskon, kompisar eller föräldrar.',
      'Narkotikaköp sker i hög grad via krypterade appar och sociala medier, vilket gör dem svåra att upptäcka.',
      'Vid större evenemang och vid skolavslutningar ökar berusningen och våldet bland unga.',
    ],
    measures: [
      'Kampanj mot langning inför skolavslutning, valborg och midsommar, tillsammans med Systembolaget.',
      'Ansvarsfull alkoholservering: utbildning för all serveringspersonal i kommunen vartannat år.',
      'Polisen genomför riktade insatser mot narkotikaförsäljning via sociala medier.',
      'Drogfria aktiviteter för unga vid skolavslutningen, i samarbete med föreningslivet.',
    ],
  },
  {
    key: 'trafik',
    title: 'Trafiksäkerhet och otrygga trafikmiljöer',
    description: [
      'Minska antalet olyckor och den otrygghet som buskörning och höga hastigheter skapar i {namn}.',
      'Skolvägarna ska vara säkra för barn som går och cyklar.',
    ],
    cause: [
      'Buskörning med mopeder och A-traktorer är vanlig kvällstid i centrum och på landsbygden.',
      'Invånarna anger i trygghetsmätningen att trafiken är det största problemet i deras närmiljö.',
      'Hastighetsmätningar visar att var tredje bilist kör för fort förbi skolorna.',
    ],
    measures: [
      'Hastighetskontroller vid skolorna under skolårets första och sista veckor.',
      'Dialog med unga förare av A-traktorer och mopeder tillsammans med fritidsgården.',
      'Ombyggnad av tre övergångsställen på skolvägar enligt kommunens trafikstrategi.',
    ],
  },
];

export const GOAL_TEXTS = {
  effect: [
    'Andelen som känner sig otrygga ute sent på kvällen i sitt bostadsområde ska minska med minst fem procentenheter under överenskommelsens giltighetstid.',
    'Antalet anmälda brott inom fokusområdet ska minska jämfört med genomsnittet för de tre åren före överenskommelsen.',
    'Andelen elever i årskurs 9 som någon gång använt narkotika ska vara högst 5 procent år 2026.',
    'Förtroendet för polisens arbete i {namn} ska öka till minst 60 procent.',
  ],
  process: [
    'Skola, socialtjänst, fritid och polis arbetar enligt en gemensam rutin som är beslutad och känd i alla verksamheter.',
    'Det lokala brottsförebyggande rådet följer upp fokusområdet på vartannat möte med aktuella siffror från lägesbilden.',
    'Kommunen och polisen delar lägesbild varje månad på samverkansmötet.',
  ],
  output: [
    'Minst två trygghetsvandringar per år, varav en i centralorten och en i en mindre tätort.',
    'Minst 150 medarbetare har gått grundutbildningen under överenskommelsens giltighetstid.',
    'Föräldravandringar genomförs minst 30 kvällar per läsår.',
    'Samtliga åtgärder i fokusområdet har en utsedd ansvarig och en tidplan.',
  ],
};

export const INDICATORS = [
  { id: 'ind-vald', name: 'Anmälda våldsbrott per 100 000 invånare', unit: 'per_100k', better: 'lower', source: 'Brå/Kolada N07403', base: 900 },
  { id: 'ind-otrygghet', name: 'Andel som känner sig otrygga ute sent på kvällen i sitt bostadsområde', unit: 'percent', better: 'lower', source: 'Polisens trygghetsmätning', base: 28 },
  { id: 'ind-narkotika-ak9', name: 'Andel elever i årskurs 9 som någon gång använt narkotika', unit: 'percent', better: 'lower', source: 'CAN/Drogvaneundersökning', base: 6 },
  { id: 'ind-fortroende', name: 'Andel med stort eller ganska stort förtroende för polisens arbete i området', unit: 'percent', better: 'higher', source: 'Polisens trygghetsmätning', base: 58 },
];

export const COMMENTS = [
  'Arbetet har genomförts enligt plan och bedöms ha gett effekt, men det är för tidigt att se förändringar i den officiella statistiken.',
  'Personalomsättning under året gjorde att arbetet kom igång senare än planerat; en ny samordnare är på plats sedan hösten.',
  'Insatsen har fått goda omdömen av de deltagande verksamheterna, och rådet föreslår att den blir permanent.',
  'Färre pass än planerat under sommaren på grund av semesterbemanning och förstärkningar i andra delar av regionen.',
  'Uppföljningen bygger på verksamheternas egna redovisningar och har stämts av på det brottsförebyggande rådets möte.',
  'Det är svårt att få nya deltagare, och arbetet bärs av ett fåtal eldsjälar; rådet ser över hur fler kan engageras.',
  'Samarbetet med föreningslivet har fördjupats, och två nya föreningar deltar sedan våren.',
  'Åtgärden har samordnats med regionens arbete och finansierats delvis med statliga medel.',
  'Deltagarna beskrev insatsen som "det bästa vi gjort på länge", men underlaget är ännu litet.',
  "Rådet kallar arbetssättet 'tidig samverkan' och vill sprida det till fler skolor.",
];

/** Goal assessments are usually terse in real follow-ups: a figure and a word of context. */
export const GOAL_COMMENTS = [
  'Målet är nått enligt årets mätning.',
  'Utvecklingen går åt rätt håll men målnivån är inte nådd.',
  'Ingen ny mätning under året; bedöms nästa år.',
  'Siffrorna försämrades jämfört med föregående år.',
  'Rutinen följdes i alla ärenden enligt stickprov.',
  'Hälften av de planerade tillfällena genomfördes.',
];

export const STATUSES = ['done', 'ongoing', 'ongoing', 'not_started', 'postponed'];
export const ASSESSMENTS = ['achieved', 'partly_achieved', 'partly_achieved', 'not_achieved', 'not_assessed'];
