import { periodOrder } from './period/order.js';
import { referenceAgreement } from './reference/agreement.js';
import { uniqueId } from './repository/unique-id.js';
import type { Rule } from './rule.js';

/** Every domain rule, in the order they run and are listed. */
export const RULES: readonly Rule[] = [uniqueId, referenceAgreement, periodOrder];
