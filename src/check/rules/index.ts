import { actionPlanLatestSituationReport } from './action-plan/latest-situation-report.js';
import { agreementMaxLength } from './agreement/max-length.js';
import { agreementOverlap } from './agreement/overlap.js';
import { agreementPurpose } from './agreement/purpose.js';
import { agreementRequiredParties } from './agreement/required-parties.js';
import { agreementUniqueItemIds } from './agreement/unique-item-ids.js';
import { citizenPromisesWithinValidity } from './citizen-promises/within-validity.js';
import { followUpMeasureCoverage } from './follow-up/measure-coverage.js';
import { followUpYearInValidity } from './follow-up/year-in-validity.js';
import { municipalityCodeExists } from './municipality/code-exists.js';
import { municipalityNameMatches } from './municipality/name-matches.js';
import { periodOrder } from './period/order.js';
import { policeRegionMatchesCounty } from './police/region-matches-county.js';
import { referenceAgreement } from './reference/agreement.js';
import { referenceFocusArea } from './reference/focus-area.js';
import { referenceGoal } from './reference/goal.js';
import { referenceIndicator } from './reference/indicator.js';
import { referenceMeasure } from './reference/measure.js';
import { referenceParty } from './reference/party.js';
import { referenceSituationReport } from './reference/situation-report.js';
import { referenceSupersedes } from './reference/supersedes.js';
import { uniqueId } from './repository/unique-id.js';
import type { Rule } from './rule.js';

/** Every domain rule, in the order they run and are listed: grouped by area. */
export const RULES: readonly Rule[] = [
  uniqueId,
  referenceAgreement,
  referenceSupersedes,
  referenceParty,
  referenceFocusArea,
  referenceGoal,
  referenceMeasure,
  referenceIndicator,
  referenceSituationReport,
  agreementRequiredParties,
  agreementUniqueItemIds,
  agreementOverlap,
  agreementMaxLength,
  agreementPurpose,
  periodOrder,
  municipalityCodeExists,
  municipalityNameMatches,
  policeRegionMatchesCounty,
  followUpYearInValidity,
  followUpMeasureCoverage,
  citizenPromisesWithinValidity,
  actionPlanLatestSituationReport,
];
