import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_END, RULES_START, withRuleTable } from '../src/present/readme-rules.js';
import { PROJECT } from './helpers/run-cli.js';

describe("the README's rule table", () => {
  it('is the rule catalogue, as npm run docs:rules writes it', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    // On a difference, run `npm run docs:rules` and review the change to README.md.
    expect(readme).toBe(withRuleTable(readme));
  });

  it('lists every domain rule once, between the markers', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(RULES_START), readme.indexOf(RULES_END));
    expect(table.match(/^\| `[a-z-]+\/[a-z-]+` \|/gm)).toHaveLength(22);
    expect(() => withRuleTable('no markers here')).toThrow(/markers/);
  });
});
