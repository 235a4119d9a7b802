// Generates a large, realistic samverkan repository for the benchmark (scripts/bench/run.mjs) and
// for test/bench-generator.test.ts. Everything is derived from the kommun list and a PRNG seeded by
// the kommunkod, never from the clock or Math.random, so two runs write byte-identical files and
// benchmark figures from different days measure the same input.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Documents written per kommun: 2 agreements, 8 follow-ups, 2 citizen promises, 2 situation reports, 1 action plan, 2 reviews. */
export const FILES_PER_KOMMUN = 17;

/** Parses the shipped CSV files (simple: no quoted fields in them). */
function readCsv(file) {
  const [header, ...lines] = readFileSync(join(PROJECT, 'data', file), 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}

/**
 * The 290 kommuner from data/kommuner.csv with their police region, in file order.
 * @returns {{ code: string, name: string, county: string, policeRegion: string }[]}
 */
export function loadKommuner() {
  const regions = new Map(readCsv('polisregioner.csv').map((r) => [r.county_code, r.police_region]));
  return readCsv('kommuner.csv').map((k) => {
    const policeRegion = regions.get(k.county_code);
    // A county without a region would make police/region-matches-county fail later, less clearly.
    if (!policeRegion) throw new Error(`Ingen polisregion för län ${k.county_code} (${k.municipality_name})`);
    return { code: k.municipality_code, name: k.municipality_name, county: k.county_name, policeRegion };
  });
}

/** "Malung-Sälen" → "malung-salen": ids must match ^[a-z0-9][a-z0-9-]*$. */
export function slugify(name) {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** mulberry32: tiny, fast and good enough to vary texts; seeded so output is reproducible. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}

/** n distinct items of list in a seeded order (partial Fisher–Yates). */
function sample(rng, list, n) {
  const copy = [...list];
  for (let i = 0; i < n && i < copy.length; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

/** A paragraph of n sentences from the pool with the kommun's name filled in. */
function para(rng, pool, n, name) {
  return sample(rng, pool, n)
    .map((s) => s.replaceAll('{namn}', name))
    .join(' ');
}

// Sentence pools in the register of real agreements (Brå:s vägledning, the examples' Gnesta text).
const PURPOSE = [
  'Överenskommelsen ska stärka och strukturera samverkan mellan {namn} kommun och Polisen i det brottsförebyggande och trygghetsskapande arbetet.',
  'Den bygger på en gemensam lägesbild som tagits fram av kommunen och lokalpolisområdet tillsammans, med underlag från skola, socialtjänst, fritid och räddningstjänst.',
  'Det lokala brottsförebyggande rådet planerar, samordnar och följer upp arbetet, och rapporterar till kommunstyrelsen och lokalpolisområdeschefen en gång per år.',
  'Parterna ska arbeta kunskapsbaserat enligt Brås modell: lägesbild, orsaksanalys, åtgärder, genomförande och uppföljning.',
  'Överenskommelsen uppfyller kravet i lag (2023:196) om kommuners ansvar för brottsförebyggande arbete på att kommunen samverkar med Polisen.',
  'Arbetet ska ge invånarna i {namn} kommun en tryggare vardag, och särskilt skydda barn och unga från att dras in i kriminalitet.',
  'Insatserna ska riktas dit där problemen är störst, och resurserna ska användas så att kommunens och polisens uppdrag kompletterar varandra.',
  'Medborgarlöftena är en del av överenskommelsen och tas fram efter dialog med invånare, föreningar och näringsidkare i {namn}.',
];

const OVERALL = [
  'Färre barn och unga i {namn} ska dras in i kriminalitet och missbruk.',
  'Invånarna i {namn} kommun ska känna sig trygga i sin närmiljö, i hela kommunen.',
  'Färre ska utsättas för våld, särskilt våld i nära relationer.',
  'Förtroendet för kommunen och polisen ska öka, även i de områden där det i dag är lågt.',
  'Den organiserade brottslighetens möjligheter att verka i {namn} ska minska.',
];

/** Focus-area themes; each kommun gets three of them, in a seeded order. */
const THEMES = [
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

const GOAL_TEXTS = {
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

const INDICATORS = [
  { id: 'ind-vald', name: 'Anmälda våldsbrott per 100 000 invånare', unit: 'per_100k', better: 'lower', source: 'Brå/Kolada N07403', base: 900 },
  { id: 'ind-otrygghet', name: 'Andel som känner sig otrygga ute sent på kvällen i sitt bostadsområde', unit: 'percent', better: 'lower', source: 'Polisens trygghetsmätning', base: 28 },
  { id: 'ind-narkotika-ak9', name: 'Andel elever i årskurs 9 som någon gång använt narkotika', unit: 'percent', better: 'lower', source: 'CAN/Drogvaneundersökning', base: 6 },
  { id: 'ind-fortroende', name: 'Andel med stort eller ganska stort förtroende för polisens arbete i området', unit: 'percent', better: 'higher', source: 'Polisens trygghetsmätning', base: 58 },
];

const COMMENTS = [
  'Arbetet har genomförts enligt plan och bedöms ha gett effekt, men det är för tidigt att se förändringar i den officiella statistiken.',
  'Personalomsättning under året gjorde att arbetet kom igång senare än planerat; en ny samordnare är på plats sedan hösten.',
  'Insatsen har fått goda omdömen av de deltagande verksamheterna, och rådet föreslår att den blir permanent.',
  'Färre pass än planerat under sommaren på grund av semesterbemanning och förstärkningar i andra delar av regionen.',
  'Uppföljningen bygger på verksamheternas egna redovisningar och har stämts av på det brottsförebyggande rådets möte.',
  'Det är svårt att få nya deltagare, och arbetet bärs av ett fåtal eldsjälar; rådet ser över hur fler kan engageras.',
  'Samarbetet med föreningslivet har fördjupats, och två nya föreningar deltar sedan våren.',
  'Åtgärden har samordnats med regionens arbete och finansierats delvis med statliga medel.',
];

/** Goal assessments are usually terse in real follow-ups: a figure and a word of context. */
const GOAL_COMMENTS = [
  'Målet är nått enligt årets mätning.',
  'Utvecklingen går åt rätt håll men målnivån är inte nådd.',
  'Ingen ny mätning under året; bedöms nästa år.',
  'Siffrorna försämrades jämfört med föregående år.',
  'Rutinen följdes i alla ärenden enligt stickprov.',
  'Hälften av de planerade tillfällena genomfördes.',
];

const STATUSES = ['done', 'ongoing', 'ongoing', 'not_started', 'postponed'];
const ASSESSMENTS = ['achieved', 'partly_achieved', 'partly_achieved', 'not_achieved', 'not_assessed'];

/** One decimal, so indicator values look like the statistics they imitate. */
function round1(x) {
  return Math.round(x * 10) / 10;
}

/** The two agreements of one kommun; version 2019 is superseded by 2023 (same focus areas, different texts). */
function agreement(k, slug, version, rng) {
  const isCurrent = version === 2023;
  const kommunParty = `${slug}-kommun`;
  const policeParty = `lpo-${slug}`;
  const themes = sample(rng, THEMES, 3);
  const focusAreas = themes.map((theme, f) => {
    const ind = f < 2 ? [INDICATORS[f].id] : [INDICATORS[2].id, INDICATORS[3].id];
    return {
      id: `fa-${theme.key}`,
      title: theme.title,
      description: para(rng, theme.description, theme.description.length, k.name),
      cause_analysis: para(rng, theme.cause, theme.cause.length, k.name),
      effect_goals: [{ id: `em-${theme.key}-1`, text: pick(rng, GOAL_TEXTS.effect).replaceAll('{namn}', k.name), indicators: ind }],
      process_goals: [{ id: `pm-${theme.key}-1`, text: pick(rng, GOAL_TEXTS.process) }],
      output_goals: [{ id: `om-${theme.key}-1`, text: pick(rng, GOAL_TEXTS.output) }],
      measures: sample(rng, theme.measures, 4).map((text, m) => ({
        id: `at-${theme.key}-${m + 1}`,
        text: `${text.replaceAll('{namn}', k.name)} ${pick(rng, COMMENTS)}`,
        responsible: m % 3 === 0 ? [kommunParty, policeParty] : [m % 3 === 1 ? kommunParty : policeParty],
        ...(m === 1 ? { due: `${version + 1}-10-31` } : {}),
      })),
    };
  });
  const validFrom = `${version}-07-01`;
  const validTo = isCurrent ? '2026-12-31' : '2023-06-30';
  const signedOn = `${version}-06-${String(10 + Math.floor(rng() * 15)).padStart(2, '0')}`;
  const title = `Samverkansöverenskommelse mellan ${k.name} kommun och Polisen ${version}–${validTo.slice(0, 4)}`;
  const doc = {
    kind: 'agreement',
    id: `${slug}-${version}`,
    title,
    case_number: `KS ${version}/${100 + Math.floor(rng() * 800)}`,
    ...(isCurrent ? { supersedes: `${slug}-2019` } : {}),
    purpose: para(rng, PURPOSE, PURPOSE.length, k.name),
    overall_goals: sample(rng, OVERALL, 3).map((s) => s.replaceAll('{namn}', k.name)),
    parties: [
      { id: kommunParty, type: 'municipality', name: `${k.name} kommun`, municipality_code: k.code },
      { id: policeParty, type: 'police', name: `Polisen, lokalpolisområde ${k.name}`, police_region: k.policeRegion },
    ],
    signatories: [
      { name: `Kommunstyrelsens ordförande i ${k.name}`, role: 'Kommunstyrelsens ordförande', party: kommunParty, signed_on: signedOn },
      { name: `Lokalpolisområdeschef för ${k.name}`, role: 'Lokalpolisområdeschef', party: policeParty, signed_on: signedOn },
    ],
    valid_from: validFrom,
    valid_to: validTo,
    review: { due: 'anniversary' },
    follow_up: { due: '03-31', report_to: ['Kommunstyrelsen', 'Lokalpolisområdeschefen'] },
    indicators: INDICATORS.map(({ base: _base, ...indicator }) => indicator),
    focus_areas: focusAreas,
  };
  return { doc, title, focusAreas, kommunParty, policeParty };
}

/** A follow-up giving a status for every measure and an assessment for every goal (follow-up/measure-coverage). */
function followUp(a, year, rng, reported) {
  const measures = a.focusAreas.flatMap((fa) => fa.measures);
  const goals = a.focusAreas.flatMap((fa) => [...fa.effect_goals, ...fa.process_goals, ...fa.output_goals]);
  return {
    kind: 'follow_up',
    id: `${a.doc.id}-uppfoljning-${year}`,
    agreement: a.doc.id,
    year,
    ...(reported ? { reported_on: `${year + 1}-03-${String(10 + Math.floor(rng() * 15)).padStart(2, '0')}` } : {}),
    measures: measures.map((m) => ({ measure: m.id, status: pick(rng, STATUSES), comment: pick(rng, COMMENTS) })),
    goals: goals.map((g) => ({ goal: g.id, assessment: pick(rng, ASSESSMENTS), comment: pick(rng, GOAL_COMMENTS) })),
    indicator_values: INDICATORS.flatMap((ind) =>
      [year - 1, year].map((y) => ({ indicator: ind.id, year: y, value: round1(ind.base * (0.8 + rng() * 0.4)) })),
    ),
  };
}

/** Writes one document with a Swedish heading comment, as the examples do. */
function writeDoc(root, folder, doc, heading) {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  // lineWidth 100 folds the long texts like a person would, keeping lines readable in diffs.
  writeFileSync(join(dir, `${doc.id}.yaml`), `# ${heading}\n${stringify(doc, { lineWidth: 100 })}`);
}

/** Writes all documents of one kommun; returns how many files it wrote. */
function writeKommun(root, k, slug) {
  // Seeded per kommun so a kommun's files do not depend on which other kommuner are generated.
  const rng = prng(Number(k.code) * 2654435761);
  const old = agreement(k, slug, 2019, rng);
  const current = agreement(k, slug, 2023, rng);
  let files = 0;
  const write = (folder, doc, heading) => {
    writeDoc(root, folder, doc, heading);
    files++;
  };
  write('agreements', old.doc, old.title);
  write('agreements', current.doc, current.title);
  // The old agreement's four full years and the current one's four (2026 not yet reported).
  for (const year of [2019, 2020, 2021, 2022]) {
    write('follow-ups', followUp(old, year, rng, true), `Uppföljning ${year} av ${old.doc.id}`);
  }
  for (const year of [2023, 2024, 2025, 2026]) {
    write('follow-ups', followUp(current, year, rng, year < 2026), `Uppföljning ${year} av ${current.doc.id}`);
  }
  for (const year of [2024, 2025]) {
    const promises = current.focusAreas.map((fa, p) => ({
      id: `lofte-${p + 1}`,
      text: `Vi ska arbeta för ${fa.title.toLowerCase()} i ${k.name}.`,
      focus_area: fa.id,
      activities: fa.measures.slice(0, 2).map((m, i) => ({
        id: `akt-${p + 1}-${i + 1}`,
        text: m.text,
        responsible: m.responsible,
      })),
    }));
    write(
      'citizen-promises',
      {
        kind: 'citizen_promises',
        id: `${slug}-medborgarloften-${year}`,
        agreement: current.doc.id,
        period: { from: `${year}-01-01`, to: `${year}-12-31` },
        signed_on: `${year - 1}-12-15`,
        promises,
      },
      `Medborgarlöften ${year} för ${k.name} kommun och Polisen`,
    );
  }
  for (const year of [2023, 2025]) {
    write(
      'situation-reports',
      {
        kind: 'situation_report',
        id: `${slug}-lagesbild-${year}`,
        municipality_code: k.code,
        year,
        agreement: year === 2023 ? old.doc.id : current.doc.id,
        adopted_on: `${year}-05-${String(10 + Math.floor(rng() * 15)).padStart(2, '0')}`,
        period: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
        sources: [
          `Brå, anmälda brott per kommun ${year - 2}–${year - 1}`,
          'Kolada, N07403 Anmälda våldsbrott per 100 000 invånare',
          `Polisens trygghetsmätning ${year - 1}, lokalpolisområde ${k.name}`,
          `CAN, Drogvaneundersökning bland elever i årskurs 9, ${year - 1}`,
          `Medborgardialog vid trygghetsvandringar i ${k.name} ${year - 1}`,
        ],
        findings: (year === 2023 ? old : current).focusAreas.map((fa, f) => ({
          id: `fynd-${fa.id.slice(3)}`,
          text: fa.cause_analysis,
          focus_area: fa.id,
          indicator_values: [year - 2, year - 1].map((y) => ({
            indicator: INDICATORS[f].id,
            year: y,
            value: round1(INDICATORS[f].base * (0.8 + rng() * 0.4)),
          })),
        })),
      },
      `Lägesbild ${year} över brott och otrygghet i ${k.name} kommun`,
    );
  }
  write(
    'action-plans',
    {
      kind: 'action_plan',
      id: `${slug}-atgardsplan-2025`,
      municipality_code: k.code,
      situation_report: `${slug}-lagesbild-2025`,
      decided_by: 'Kommunfullmäktige',
      decided_on: '2025-06-16',
      case_number: `KS 2025/${100 + Math.floor(rng() * 800)}`,
      period: { from: '2025-07-01', to: '2027-06-30' },
      followed_up_on: ['2026-06-15'],
      measures: current.focusAreas.flatMap((fa) => fa.measures).map((m, i) => ({
        id: `atg-${i + 1}`,
        text: m.text,
        responsible: i % 2 === 0 ? 'Socialförvaltningen' : 'Samhällsbyggnadsförvaltningen',
      })),
    },
    `Åtgärdsplan 2025–2027 för det brottsförebyggande arbetet i ${k.name} kommun (lag 2023:196)`,
  );
  for (const year of [2024, 2025]) {
    write(
      'reviews',
      {
        kind: 'annual_review',
        id: `${current.doc.id}-aktualitetsprovning-${year}`,
        agreement: current.doc.id,
        held_on: `${year}-06-${String(10 + Math.floor(rng() * 15)).padStart(2, '0')}`,
        outcome: 'unchanged',
        notes: para(rng, COMMENTS, 3, ''),
      },
      `Aktualitetsprövning ${year} av ${current.doc.id}`,
    );
  }
  return files;
}

/**
 * Writes a repository for the given kommuner into dir (which should be empty) and returns the
 * number of files written. Validates clean with `samverkan validate`.
 * @param {string} dir
 * @param {{ kommuner: { code: string, name: string, county: string, policeRegion: string }[] }} options
 */
export function generateRepository(dir, { kommuner }) {
  const slugs = new Set();
  let files = 0;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'samverkan.yaml'), '# Genererat av scripts/bench/generate.mjs\nkind: config\nlanguage: sv\n');
  files++;
  for (const k of kommuner) {
    // Håbo and Habo both become "habo": the later one in the list gets its kommunkod appended,
    // since every id is built from the slug and must be unique across the repository.
    let slug = slugify(k.name);
    if (slugs.has(slug)) slug = `${slug}-${k.code}`;
    if (slugs.has(slug)) throw new Error(`Två kommuner får samma id-prefix: ${slug}`);
    slugs.add(slug);
    files += writeKommun(dir, k, slug);
  }
  return files;
}
