import type { DocumentedRule } from './documented-rule.js';

/** `suppression/…` and `baseline/…`: the ways to accept a finding, held to their own rules. */
export const SUPPRESSION_RULES: readonly DocumentedRule[] = [
  {
    id: 'suppression/invalid',
    severity: 'error',
    description: {
      sv: 'Ett undantag i en kommentar namnger regler som finns och får undantas, och har en motivering.',
      en: 'An exception in a comment names rules that exist and may be excepted, and gives a reason.',
    },
    docs: {
      why: {
        sv: 'Ett undantag utan motivering kan ingen granska, och ett felstavat regel-id undantar ingenting; regler som skyddar läsningen av filerna kan inte undantas.',
        en: 'An exception without a reason cannot be reviewed, and a misspelt rule id excepts nothing; rules that guard the reading of files cannot be excepted.',
      },
      wrong: '# samverkan-disable-next-line agreement/max-length\nvalid_to: 2028-12-31',
      right: '# samverkan-disable-next-line agreement/max-length -- KS beslut 2023-05-10 § 88: fem år\nvalid_to: 2028-12-31',
    },
  },
  {
    id: 'suppression/unused',
    severity: 'warning',
    description: { sv: 'Ett undantag i en kommentar undantar något.', en: 'An exception in a comment excepts something.' },
    docs: {
      why: {
        sv: 'Ett undantag som inte längre behövs skulle tyst dölja samma fel om det kom tillbaka; ta bort det.',
        en: 'An exception that is no longer needed would silently hide the same mistake if it came back; remove it.',
      },
      wrong: '# samverkan-disable-next-line agreement/max-length -- fem år enligt beslut\nvalid_to: 2026-12-31',
      right: 'valid_to: 2026-12-31',
    },
  },
  {
    id: 'baseline/unused',
    severity: 'warning',
    description: {
      sv: 'Varje post i baslinjen (--baseline) motsvarar ett fynd som finns kvar.',
      en: 'Every entry of the baseline (--baseline) matches a finding that is still there.',
    },
    docs: {
      why: {
        sv: 'Baslinjen ska krympa när fynden rättas; en post som inte längre behövs skulle dölja samma fel om det kom tillbaka. Skriv om den med --update-baseline.',
        en: 'The baseline is to shrink as findings are fixed; an entry no longer needed would hide the same mistake if it came back. Rewrite it with --update-baseline.',
      },
      wrong: '{"version": 1, "findings": [\n  {"file": "follow-ups/gnesta-2024.yaml", "rule": "schema/enum", "pointer": "/measures/0/status", "count": 1}\n]}',
      right: '{"version": 1, "findings": []}',
    },
  },
];
