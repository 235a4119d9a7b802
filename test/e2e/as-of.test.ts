import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE, runCli } from '../helpers/run-cli.js';

/**
 * format.md's time, end to end: `--as-of D` shows the repository as it stood on D, a superseded
 * agreement hands over, a review counts up to its deadline's moved date, `--kommun` sees joint
 * agreements, and a filter that matches nothing is a usage error. Each record of
 * test/fixtures/time is looked at the day before, on and after its date.
 */
const ROOT = join(FIXTURES, 'time');

interface DeadlineJson {
  date: string;
  nominal_date: string;
  type: string;
  agreement: string | null;
  municipality_code: string | null;
  status: string;
}

function deadlines(asOf: string, ...args: string[]): DeadlineJson[] {
  const result = runCli(['deadlines', '--root', ROOT, '--format', 'json', '--all', '--as-of', asOf, ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { deadlines: DeadlineJson[] }).deadlines;
}

function states(asOf: string, ...args: string[]): Record<string, string> {
  const result = runCli(['status', '--root', ROOT, '--format', 'json', '--as-of', asOf, ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return Object.fromEntries((JSON.parse(result.stdout) as { agreements: { id: string; state: string }[] }).agreements.map((a) => [a.id, a.state]));
}

const find = (list: DeadlineJson[], type: string, nominal: string, agreement: string | null = 'gnesta-2023') =>
  list.find((d) => d.type === type && d.nominal_date === nominal && d.agreement === agreement);

describe('--as-of: a record dated after D has not happened yet', () => {
  it('a review held 2025-05-15 does the 2025 review the day it is held, not before', () => {
    expect(find(deadlines('2025-05-14'), 'annual_review', '2025-06-20')?.status).toBe('upcoming');
    expect(find(deadlines('2025-05-15'), 'annual_review', '2025-06-20')?.status).toBe('done');
    expect(find(deadlines('2025-05-16'), 'annual_review', '2025-06-20')?.status).toBe('done');
  });

  it('a follow-up reported 2025-03-20 does the report of 2024 from that day', () => {
    expect(find(deadlines('2025-03-19'), 'follow_up_report', '2025-03-31')?.status).toBe('upcoming');
    expect(find(deadlines('2025-03-20'), 'follow_up_report', '2025-03-31')?.status).toBe('done');
    expect(find(deadlines('2025-03-21'), 'follow_up_report', '2025-03-31')?.status).toBe('done');
  });

  it('a lägesbild adopted 2024-05-14 and a plan decided 2024-06-12 move the duties from their day', () => {
    const due = (asOf: string, type: string) => deadlines(asOf, '--kommun', '0461').find((d) => d.type === type && d.agreement === null)?.nominal_date;
    expect(due('2024-05-13', 'situation_report_update')).toBe('2024-07-01');
    expect(due('2024-05-14', 'situation_report_update')).toBe('2026-05-14');
    expect(due('2024-05-15', 'situation_report_update')).toBe('2026-05-14');
    expect(due('2024-06-11', 'action_plan_review')).toBe('2024-07-01');
    expect(due('2024-06-12', 'action_plan_review')).toBe('2026-06-12');
    expect(due('2024-06-13', 'action_plan_review')).toBe('2026-06-12');
  });

  it('an agreement signed 2023-06-20 is a draft the day before, and has no deadlines then', () => {
    expect(states('2023-06-19')['gnesta-2023']).toBe('draft');
    expect(states('2023-06-20')['gnesta-2023']).toBe('active');
    expect(states('2023-06-21')['gnesta-2023']).toBe('active');
    expect(deadlines('2023-06-19', '--agreement', 'gnesta-2023')).toEqual([]);
  });

  it('a successor signed 2025-09-10, valid from 2025-07-01, supersedes only once signed', () => {
    expect(states('2025-09-09')).toMatchObject({ 'ostersund-krokom-2023': 'active', 'ostersund-krokom-2025': 'draft' });
    expect(states('2025-09-10')).toMatchObject({ 'ostersund-krokom-2023': 'superseded', 'ostersund-krokom-2025': 'active' });
    expect(states('2025-09-11')).toMatchObject({ 'ostersund-krokom-2023': 'superseded', 'ostersund-krokom-2025': 'active' });
    expect(find(deadlines('2025-09-09'), 'expiry', '2026-12-31', 'ostersund-krokom-2023')?.status).toBe('upcoming');
    expect(find(deadlines('2025-09-10'), 'expiry', '2026-12-31', 'ostersund-krokom-2023')?.status).toBe('done');
  });
});

describe('hand-over and review credit', () => {
  it("the superseded agreement's reviews and reports from the successor's valid_from on are no longer its own", () => {
    const own = (asOf: string) =>
      deadlines(asOf, '--agreement', 'ostersund-krokom-2023').map((d) => `${d.type} ${d.nominal_date} ${d.status}`);
    expect(own('2025-09-09')).toContain('annual_review 2025-12-31 upcoming');
    expect(own('2025-09-09')).toContain('follow_up_report 2026-03-31 upcoming');
    expect(own('2025-09-10')).toEqual([
      'annual_review 2023-12-31 overdue',
      'follow_up_report 2024-03-31 overdue',
      'annual_review 2024-12-31 done',
      'follow_up_report 2025-03-31 overdue',
      'renewal_start 2026-06-30 done',
      'expiry 2026-12-31 done',
    ]);
    // The successor's own cover the time from 2025-07-01.
    expect(find(deadlines('2025-09-10'), 'annual_review', '2025-12-31', 'ostersund-krokom-2025')?.status).toBe('upcoming');
  });

  it('a review held 2025-01-02 does the "12-31" deadline of 2024, moved to that day; the day before it is still open', () => {
    expect(find(deadlines('2025-01-01'), 'annual_review', '2024-12-31', 'ostersund-krokom-2023')).toMatchObject({ date: '2025-01-02', status: 'upcoming' });
    expect(find(deadlines('2025-01-02'), 'annual_review', '2024-12-31', 'ostersund-krokom-2023')).toMatchObject({ date: '2025-01-02', status: 'done' });
    expect(find(deadlines('2025-01-03'), 'annual_review', '2024-12-31', 'ostersund-krokom-2023')?.status).toBe('done');
  });
});

describe('--kommun and filters that match nothing', () => {
  it('a joint agreement shows under each of its kommuner, in status and deadlines, with that kommun’s duties', () => {
    for (const code of ['2380', '2309']) {
      expect(Object.keys(states('2025-08-01', '--kommun', code))).toEqual(['ostersund-krokom-2023', 'ostersund-krokom-2025']);
      const listed = deadlines('2025-08-01', '--kommun', code);
      expect(new Set(listed.map((d) => d.agreement))).toEqual(new Set(['ostersund-krokom-2023', null]));
      expect(listed.filter((d) => d.agreement === null).map((d) => d.municipality_code)).toEqual([code, code]);
    }
  });

  it.each([
    [['status', '--kommun', '380'], 'kommunkoden "380" – menade du "2380"?'],
    [['deadlines', '--kommun', '461'], 'kommunkoden "461" – menade du "0461"?'],
    [['status', '--kommun', '9999'], 'Kommuner i arkivet: 0461, 2309, 2380.'],
    [['deadlines', '--agreement', 'gnesta-2032'], 'id "gnesta-2032" i arkivet – menade du "gnesta-2023"?'],
  ])('%j is a usage error naming the closest', (args, message) => {
    const result = runCli([...args, '--root', ROOT, '--as-of', '2025-08-01']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('indicator_values on the situation report itself', () => {
  it('validates', () => {
    const result = runCli(['validate', '--root', ROOT]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
