import type { HostileCase } from '../../helpers/hostile-harness.js';
import { CONFIG_CASES } from './config.js';
import { FOLDER_CASES } from './folders.js';
import { OUTPUT_CASES } from './output.js';
import { REPORT_CASES } from './report.js';
import { REPOSITORY_CASES } from './repository.js';
import { SCALE_CASES } from './scale.js';
import { TERMINAL_CASES } from './terminal.js';
import { WORKSPACE_CASES } from './workspace.js';

/**
 * The hostile suite: every input that once broke a promise of the command contract, one case
 * each (run by hostile.test.ts, which checks the promises every case keeps). Add a case to the
 * table of its area, or a new area here.
 */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...REPOSITORY_CASES,
  ...FOLDER_CASES,
  ...CONFIG_CASES,
  ...SCALE_CASES,
  ...OUTPUT_CASES,
  ...REPORT_CASES,
  ...TERMINAL_CASES,
  ...WORKSPACE_CASES,
];
