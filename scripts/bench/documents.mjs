// The documents of one kommun for the bench generator (generate.mjs): what a kommun's repository
// holds after two agreement periods, as data. How each file is written is hand-yaml.mjs's business.
import { pick, prng, sample } from './random.mjs';
import { ASSESSMENTS, COMMENTS, GOAL_COMMENTS, GOAL_TEXTS, INDICATORS, OVERALL, PURPOSE, STATUSES, THEMES } from './texts.mjs';

/** Files per kommun: 2 agreements, 8 follow-ups, 2 citizen promises, 2 situation reports, 1 action plan, 2 reviews. */
export const FILES_PER_KOMMUN = 17;

/** A paragraph of n sentences from the pool with the kommun's name filled in. */
function para(rng, pool, n, name) {
  return sample(rng, pool, n)
    .map((s) => s.replaceAll('{namn}', name))
    .join(' ');
}

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

/**
 * Every document of one kommun, each with its folder and a Swedish heading for the file.
 * @returns {{ folder: string, doc: Record<string, unknown>, heading: string }[]}
 */
export function kommunDocuments(k, slug) {
  // Seeded per kommun so a kommun's files do not depend on which other kommuner are generated.
  const rng = prng(Number(k.code) * 2654435761);
  const old = agreement(k, slug, 2019, rng);
  const current = agreement(k, slug, 2023, rng);
  const documents = [];
  const write = (folder, doc, heading) => documents.push({ folder, doc, heading });
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
  return documents;
}
