import type { OverviewFormatter } from './index.js';

/**
 * The contract's shape (format.md, "Command contract"), nothing more: one entry per kommun, sorted
 * by kommunkod; `root` is "." for a kommun kept in the workspace's own folder.
 */
export const overviewJson: OverviewFormatter = (overview) =>
  `${JSON.stringify({
    as_of: overview.asOf,
    kommuner: overview.kommuner.map((k) => ({
      municipality_code: k.code,
      name: k.name,
      police_region: k.policeRegion,
      root: k.root === '' ? '.' : k.root,
      agreement: k.agreement === null ? null : { id: k.agreement.id, state: k.agreement.state, days_left: k.agreement.daysLeft },
      follow_up_reported: k.followUp.reported,
      situation_report: k.situationReport.status,
      action_plan: k.actionPlan.status,
      overdue: k.overdue,
    })),
  })}\n`;
