/**
 * Where samverkan is documented for people who meet its output elsewhere (SARIF viewers, code
 * scanning): the package's page on npm, the registry the CI recipes install from, which shows
 * the README with the same heading anchors as the repository.
 */
export const HOMEPAGE = 'https://www.npmjs.com/package/samverkan';

/** README headings the rules are documented under; a test checks that they exist. */
export const RULE_SECTIONS = {
  builtIn: 'vad-kontrolleras',
  domain: 'domänregler',
  exceptions: 'undantag-och-baslinje',
} as const;

/** The README section that documents a rule: file/, yaml/ and schema/ findings, the exceptions', or the domain rules. */
export function ruleHelpUri(id: string): string {
  const section = /^(file|yaml|schema)\//.test(id) ? RULE_SECTIONS.builtIn : /^(suppression|baseline)\//.test(id) ? RULE_SECTIONS.exceptions : RULE_SECTIONS.domain;
  return `${HOMEPAGE}#${encodeURIComponent(section)}`;
}
