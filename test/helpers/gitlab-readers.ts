import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';

/*
 * What GitLab does with the reports a job uploads, in TypeScript, so the tests read samverkan's
 * output as GitLab does. Mirrored from GitLab's Ruby (gitlab-org/gitlab):
 * lib/gitlab/ci/parsers/test/junit.rb with lib/gitlab/ci/reports/test_case.rb, and
 * lib/gitlab/ci/parsers/codequality/code_climate.rb with lib/gitlab/ci/reports/codequality_reports.rb.
 */

type XmlHash = Record<string, unknown>;

/** One testcase as Gitlab::Ci::Reports::TestCase holds it. */
export interface GitlabTestCase {
  suiteName: string;
  classname: unknown;
  name: unknown;
  file: unknown;
  executionTime: number;
  status: 'success' | 'failed' | 'error' | 'skipped';
  systemOutput: unknown;
  /** SHA-256 of "suite_classname_name": GitLab keeps one testcase per key and status. */
  key: string;
}

/**
 * `Gitlab::Ci::Parsers::Test::Junit#parse!`: the XML as a hash (attributes and child elements
 * side by side, as ActiveSupport's Hash.from_xml makes it), one top-level testsuites, testcases
 * of every testsuite below it, each with its suite's name.
 */
export function gitlabJunitCases(xml: string, jobSuiteName = 'samverkan'): GitlabTestCase[] {
  const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '__content__', parseAttributeValue: false, parseTagValue: false }).parse(xml) as XmlHash;
  const cases: GitlabTestCase[] = [];
  const list = (value: unknown): XmlHash[] => [value].flat().filter((v): v is XmlHash => typeof v === 'object' && v !== null);
  const allCases = (node: unknown, parent: unknown): void => {
    for (const item of list(node)) {
      if (parent === undefined) allCases(item.testsuites, item);
      if (parent !== undefined) for (const tc of list(item.testcase)) cases.push(testCase(tc, item.name, jobSuiteName));
      allCases(item.testsuite, item);
    }
  };
  allCases(root, undefined);
  return cases;
}

function testCase(data: XmlHash, suite: unknown, jobSuiteName: string): GitlabTestCase {
  const status = 'failure' in data ? 'failed' : 'error' in data ? 'error' : 'skipped' in data ? 'skipped' : 'success';
  const suiteName = typeof suite === 'string' ? suite : jobSuiteName;
  return {
    suiteName,
    classname: data.classname,
    name: data.name,
    file: data.file,
    executionTime: rubyToF(data.time),
    status,
    systemOutput: data.failure ?? data.error ?? data.skipped ?? null,
    key: createHash('sha256').update(`${suiteName}_${String(data.classname ?? '')}_${String(data.name ?? '')}`).digest('hex'),
  };
}

/** Ruby's String#to_f (nil.to_f is 0.0): the leading number, or 0.0 when there is none. */
export function rubyToF(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const match = /^\s*[+-]?(\d[\d_]*)?(\.\d+)?([eE][+-]?\d+)?/.exec(value);
  const number = Number((match?.[0] ?? '').replace(/_/g, '').trim());
  return Number.isFinite(number) ? number : 0;
}

/**
 * `Gitlab::Ci::Parsers::Codequality::CodeClimate#parse!` into a CodequalityReports: each issue
 * checked against the schema, parsing stopping at the first that fails, issues kept by fingerprint.
 */
export function gitlabDegradations(json: string, valid: (issue: unknown) => boolean): Map<string, XmlHash> {
  const degradations = new Map<string, XmlHash>();
  for (const issue of JSON.parse(json) as XmlHash[]) {
    if (!valid(issue)) break;
    degradations.set(String(issue.fingerprint), issue);
  }
  return degradations;
}
