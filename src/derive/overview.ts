import { yearOf } from '../domain/calendar/dates.js';
import { referenceData } from '../domain/reference-data.js';
import type { PoliceRegion, IsoDate } from '../model/documents.js';
import { currentAgreement } from './current-agreement.js';
import type { DerivedRoot, DerivedWorkspace } from './derive-workspace.js';
import type { AgreementState, AgreementStatus, Deadline, DeadlineStatus } from './types.js';

/** How much a kommun needs attention: act on it, keep an eye on it, or nothing to do. */
export type Attention = 'act' | 'watch' | 'ok';

/** A duty under lag (2023:196) 6 §: met until its next date, or overdue. */
export interface LawDuty {
  status: 'current' | 'overdue';
  /** The next date it falls due (overdue since then). */
  date: IsoDate;
}

/** One kommun's row in `samverkan overview`. */
export interface KommunOverview {
  code: string;
  /** SCB's short name, or the code for a code the reference data does not know. */
  name: string;
  countyCode: string;
  countyName: string;
  policeRegion: PoliceRegion | null;
  /** Its own root, where most of its documents are (its label in the workspace, `''` for the workspace's own folder). */
  root: string;
  /** Its current agreement: active, expiring or upcoming (in that order of preference), else the latest. */
  agreement: { id: string; title: string; state: AgreementState; daysLeft: number; file: string } | null;
  /**
   * The follow-up of the year before the as-of year: `reported` is null without an agreement in
   * force covering that year; `status` says whether an unreported one is late yet.
   */
  followUp: { year: number; reported: boolean | null; status: DeadlineStatus | 'none' };
  /** The current agreement's annual review due in the as-of year (`none` when none falls in it), and its date. */
  review: { year: number; status: DeadlineStatus | 'none'; date: IsoDate | null };
  /** Citizen promises of the current agreement in force on the as-of date; null without an agreement. */
  citizenPromises: 'current' | 'missing' | null;
  situationReport: LawDuty;
  actionPlan: LawDuty;
  /** Overdue deadlines of the kommun's agreements (joint ones too) and of its own duties. */
  overdue: number;
  attention: Attention;
}

export interface Overview {
  asOf: IsoDate;
  /** Sorted by kommunkod. */
  kommuner: KommunOverview[];
}

/** An agreement of a kommun with the root that holds it and its own deadlines. */
interface Held {
  root: DerivedRoot;
  status: AgreementStatus;
  deadlines: readonly Deadline[];
}

const NOT_IN_FORCE: ReadonlySet<AgreementState> = new Set(['draft', 'expired', 'superseded', 'terminated']);

/**
 * One row per kommun the workspace names (format.md, `samverkan overview`), from what
 * deriveWorkspace found: each root's agreements and deadlines and its repository index (for the
 * citizen promises), and the kommuner's duties once per workspace.
 */
export function overviewOf(derived: DerivedWorkspace, asOf: IsoDate): Overview {
  const year = yearOf(asOf);
  const held = new Map<string, Held[]>();
  for (const root of derived.roots) {
    const own = new Map<string, Deadline[]>();
    for (const d of root.deadlines) if (d.agreement !== null) push(own, d.agreement, d);
    for (const status of root.agreements) {
      for (const code of status.municipalityCodes) push(held, code, { root, status, deadlines: own.get(status.id) ?? [] });
    }
  }
  const duties = new Map<string, Deadline[]>();
  for (const d of derived.deadlines) if (d.agreement === null && d.municipalityCode !== null) push(duties, d.municipalityCode, d);
  const codes = [...new Set([...held.keys(), ...duties.keys()])].sort();
  const reference = referenceData();
  return {
    asOf,
    kommuner: codes.map((code) => {
      const agreements = held.get(code) ?? [];
      const own = duties.get(code) ?? [];
      const current = currentAgreement(agreements, (h) => h.status);
      const municipality = reference.municipalities.get(code);
      const countyCode = municipality?.countyCode ?? code.slice(0, 2);
      const row: Omit<KommunOverview, 'attention'> = {
        code,
        name: municipality?.name ?? code,
        countyCode,
        countyName: municipality?.countyName ?? '',
        policeRegion: reference.regionOfCounty.get(countyCode) ?? null,
        root: derived.homeOf(code),
        agreement:
          current === undefined
            ? null
            : { id: current.status.id, title: current.status.title, state: current.status.state, daysLeft: current.status.daysLeft, file: current.status.origin.file },
        followUp: followUpOf(agreements, year - 1),
        review: current ? reviewIn(current, year) : { year, status: 'none', date: null },
        citizenPromises: current ? (promisesInForce(current, asOf) ? 'current' : 'missing') : null,
        situationReport: lawDuty(own, 'situation_report_update'),
        actionPlan: lawDuty(own, 'action_plan_review'),
        // Each deadline once: a joint agreement's are the kommun's too, but only once each.
        overdue: [...new Set([...agreements.flatMap((a) => a.deadlines), ...own])].filter((d) => d.status === 'overdue').length,
      };
      return { ...row, attention: attentionOf(row) };
    }),
  };
}

/**
 * The follow-up of `followed` is reported when every follow_up_report deadline derived for that
 * year (one per agreement covering it, after a hand-over only the successor's) is done; null when
 * no agreement in force covers the year (a draft or an ended one derives none).
 */
function followUpOf(agreements: readonly Held[], followed: number): KommunOverview['followUp'] {
  const due = agreements.flatMap((a) => a.deadlines.filter((d) => d.type === 'follow_up_report' && d.subject === String(followed)));
  const status = worst(due);
  return { year: followed, reported: status === 'none' ? null : status === 'done', status };
}

/** The annual review that falls in `year`; of two, the one that is least done. */
function reviewIn(current: Held, year: number): KommunOverview['review'] {
  const reviews = current.deadlines.filter((d) => d.type === 'annual_review' && yearOf(d.nominalDate) === year);
  const status = worst(reviews);
  return { year, status, date: reviews.find((d) => d.status === status)?.date ?? null };
}

/** Overdue if any is, else upcoming if any is, else done; `none` for no deadlines. */
function worst(deadlines: readonly Deadline[]): DeadlineStatus | 'none' {
  if (deadlines.length === 0) return 'none';
  if (deadlines.some((d) => d.status === 'overdue')) return 'overdue';
  return deadlines.some((d) => d.status === 'upcoming') ? 'upcoming' : 'done';
}

/** Citizen promises of the agreement whose period holds the as-of date, signed by then if a date is given. */
function promisesInForce(current: Held, asOf: IsoDate): boolean {
  return current.root.index
    .promisesOf(current.status.id)
    .some(({ data }) => data.period.from <= asOf && asOf <= data.period.to && (data.signed_on === undefined || data.signed_on <= asOf));
}

function lawDuty(duties: readonly Deadline[], type: 'situation_report_update' | 'action_plan_review'): LawDuty {
  const duty = duties.find((d) => d.type === type);
  // Every kommun the workspace names has both duties (kommunDeadlines); the transitional date stands in otherwise.
  if (duty === undefined) return { status: 'overdue', date: '2024-07-01' };
  return { status: duty.status === 'overdue' ? 'overdue' : 'current', date: duty.date };
}

/**
 * Act: no agreement in force, or something overdue (which includes a law duty and an unreported
 * follow-up past its date). Watch: the agreement is ending or not yet begun, the promises have
 * run out, or last year's follow-up is not reported yet. Otherwise nothing to do.
 */
function attentionOf(row: Omit<KommunOverview, 'attention'>): Attention {
  if (row.agreement === null || NOT_IN_FORCE.has(row.agreement.state) || row.overdue > 0) return 'act';
  if (row.agreement.state !== 'active' || row.citizenPromises === 'missing' || row.followUp.reported === false) return 'watch';
  return 'ok';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
