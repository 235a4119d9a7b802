import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, parseJsonOutput, runCli } from '../helpers/run-cli.js';

/* status and deadlines over the workspace fixture (see workspace-validate.test.ts). */

const AS_OF = ['--as-of', '2025-11-24'];
const base = copyFixture('workspace');
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface DeadlinesJson {
  deadlines: { date: string; nominal_date: string; type: string; agreement: string | null; municipality_code: string | null; status: string; file: string }[];
}
interface StatusJson {
  agreements: { id: string; state: string; municipality_codes: string[]; file: string }[];
}

const json = <T>(args: string[], cwd = base): T => {
  const result = runCli([...args, '--format', 'json', ...AS_OF], { cwd });
  expect(result.stderr).toBe('');
  return parseJsonOutput<T>(result.stdout);
};

describe('status and deadlines over a workspace', () => {
  it('status lists every root\'s agreements, two of one id kept apart by their files', () => {
    const { agreements } = json<StatusJson>(['status']);
    expect(agreements.map((a) => `${a.id} ${a.state} ${a.file}`)).toEqual([
      'samverkan-2023 active gnesta/agreements/samverkan-2023.yaml',
      'samverkan-2023 expiring trosa/agreements/samverkan-2023.yaml',
      'ljungby-2020 expired ljungby/agreements/ljungby-2020.yaml',
      'ljungby-2024 draft ljungby/agreements/ljungby-2024.yaml',
    ]);
    const pretty = runCli(['status', ...AS_OF], { cwd: base }).stdout;
    expect(pretty).toMatch(/^Trosa \(0488\) +samverkan-2023 +löper snart ut/m);
    expect(pretty).toContain('Uppdatera lägesbilden (lag 2023:196): Ljungby (0781)  (försenad)');
  });

  it("status names the years of the next citizen promises from the agreement's own root", () => {
    const other = copyFixture('workspace');
    try {
      // A second root with Gnesta's ids, whose promises of the same id began half a year earlier.
      cpSync(join(other, 'gnesta'), join(other, 'gnesta-kopia'), { recursive: true });
      const promises = join(other, 'gnesta-kopia', 'citizen-promises', 'medborgarloften-2025.yaml');
      writeFileSync(promises, readFileSync(promises, 'utf8').replace('from: 2025-01-01', 'from: 2024-07-01'));
      writeFileSync(join(other, 'samverkan-workspace.yaml'), 'kind: workspace\nroots:\n  - gnesta\n  - gnesta-kopia\n');
      const result = runCli(['status', '--as-of', '2025-12-01', '--format', 'markdown'], { cwd: other });
      expect(result.stderr).toBe('');
      const next = result.stdout.split('\n').filter((line) => line.includes('medborgarlöften')).map((line) => /medborgarlöften [0-9–]+/.exec(line)?.[0]);
      expect(next.sort()).toEqual(['medborgarlöften 2024–2025', 'medborgarlöften 2025']);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('names the roots whose errors leave documents out', () => {
    const broken = copyFixture('workspace');
    try {
      const review = 'kind: annual_review\nid: fel\nagreement: samverkan-2023\nheld_on: 2025-13-01\noutcome: unchanged\n';
      writeFileSync(join(broken, 'trosa', 'reviews', 'fel.yaml'), review);
      writeFileSync(join(broken, 'ljungby', 'fel.yaml'), review.replace('samverkan-2023', 'ljungby-2020'));
      for (const command of ['status', 'deadlines', 'overview']) {
        const result = runCli([command, ...AS_OF], { cwd: broken });
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('samverkan: arbetsytan har 2 fel (1 i ljungby, 1 i trosa); dokument med fel räknas inte med. Kör samverkan validate för detaljer.\n');
      }
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('--agreement and --kommun select across the roots; one that matches nothing is a usage error', () => {
    expect(json<StatusJson>(['status', '--agreement', 'samverkan-2023']).agreements.map((a) => a.file)).toEqual([
      'gnesta/agreements/samverkan-2023.yaml',
      'trosa/agreements/samverkan-2023.yaml',
    ]);
    expect(json<DeadlinesJson>(['deadlines', '--kommun', '0781', '--all']).deadlines.every((d) => d.municipality_code === '0781')).toBe(true);
    const none = runCli(['status', '--kommun', '0782', ...AS_OF], { cwd: base });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/0781/);
  });

  it('each root counts its deadlines by its own working days', () => {
    const { deadlines } = json<DeadlinesJson>(['deadlines', '--all']);
    const followUp = (file: string) => deadlines.find((d) => d.type === 'follow_up_report' && d.nominal_date === '2024-03-31' && d.file.startsWith(file));
    // Sunday 31 March 2024, then Easter Monday: Trosa moves it to Tuesday, Ljungby (working_days: false) does not.
    expect(followUp('trosa/')).toMatchObject({ date: '2024-04-02', agreement: 'samverkan-2023' });
    expect(followUp('ljungby/')).toMatchObject({ date: '2024-03-31', agreement: 'ljungby-2020' });
    expect(deadlines.filter((d) => d.file.startsWith('ljungby/')).every((d) => d.date === d.nominal_date)).toBe(true);
    expect(deadlines.map((d) => d.date)).toEqual(deadlines.map((d) => d.date).sort());
  });

  it('a kommun\'s duties under the law are listed once, from the root that has its records', () => {
    const joint = copyFixture('workspace');
    try {
      // A kommunförbund's repository holds a joint agreement of Gnesta and Trosa, without their lägesbilder.
      writeFileSync(
        join(joint, 'trosa', 'situation-reports.yaml'),
        'kind: situation_report\nid: lagesbild-2025\nmunicipality_code: "0488"\nyear: 2025\nadopted_on: 2025-02-11\n',
      );
      mkdirSync(join(joint, 'forbund'));
      writeFileSync(join(joint, 'samverkan-workspace.yaml'), 'kind: workspace\nroots: [gnesta, trosa, ljungby, forbund]\n');
      writeFileSync(
        join(joint, 'forbund', 'gemensam.yaml'),
        [
          'kind: agreement',
          'id: gemensam-2025',
          'title: Gemensam överenskommelse om trafiksäkerhet',
          'purpose: Säkrare trafik i Gnesta och Trosa.',
          'parties:',
          '  - { id: gnesta, type: municipality, name: Gnesta kommun, municipality_code: "0461" }',
          '  - { id: trosa, type: municipality, name: Trosa kommun, municipality_code: "0488" }',
          '  - { id: polisen, type: police, name: Polisen, police_region: Öst }',
          'signatories:',
          '  - { name: A, role: KSO, party: gnesta, signed_on: 2025-01-10 }',
          '  - { name: B, role: KSO, party: trosa, signed_on: 2025-01-10 }',
          '  - { name: C, role: LPO-chef, party: polisen, signed_on: 2025-01-10 }',
          'valid_from: 2025-01-10',
          'valid_to: 2027-12-31',
          'focus_areas:',
          '  - { id: fa-trafik, title: Trafik }',
          '',
        ].join('\n'),
      );
      const { deadlines } = json<DeadlinesJson>(['deadlines', '--all', '--kommun', '0488'], joint);
      const duties = deadlines.filter((d) => d.agreement === null);
      expect(duties.map((d) => `${d.type} ${d.date} ${d.file}`)).toEqual([
        'action_plan_review 2024-07-01 trosa/agreements/samverkan-2023.yaml',
        'situation_report_update 2027-02-11 trosa/situation-reports.yaml',
      ]);
      expect(deadlines.some((d) => d.agreement === 'gemensam-2025' && d.file === 'forbund/gemensam.yaml')).toBe(true);
    } finally {
      rmSync(joint, { recursive: true, force: true });
    }
  });

  it('ICS: one calendar for the region, UIDs unique across roots and the same on every run', () => {
    const calendar = () => runCli(['deadlines', '--format', 'ics', '--all', ...AS_OF], { cwd: base }).stdout;
    const text = calendar();
    expect(calendar()).toBe(text);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('gnesta-samverkan-2023-annual-review-2024-06-20@samverkan');
    expect(uids).toContain('trosa-samverkan-2023-annual-review-2024-01-12@samverkan');
    expect(uids).toContain('kommun-0781-situation-report-update-2025-03-01@samverkan');
    // The same root alone keeps the UIDs a kommun's own calendar has always had.
    const alone = runCli(['deadlines', '--format', 'ics', '--all', '--root', 'gnesta', ...AS_OF], { cwd: base }).stdout;
    expect(alone).toContain('UID:samverkan-2023-annual-review-2024-06-20@samverkan');
  });
});
