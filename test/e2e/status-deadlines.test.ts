import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { PROJECT, STACK_TRACE, runCli, tempRepo } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2026-11-24'];

function examples(): string {
  const root = tempRepo('status');
  cpSync(join(PROJECT, 'examples'), root, { recursive: true });
  return root;
}

interface StatusJson {
  as_of: string;
  agreements: { id: string; state: string; days_left: number; municipality_codes: string[]; file: string; valid_from: string; valid_to: string; title: string }[];
}
interface DeadlinesJson {
  as_of: string;
  deadlines: { date: string; nominal_date: string; type: string; agreement: string | null; municipality_code: string | null; status: string; title: string; file: string }[];
}

describe('samverkan status on the examples, as of 2026-11-24', () => {
  const root = examples();

  it('gives every agreement the state format.md derives (json)', () => {
    const result = runCli(['status', '--root', root, '--format', 'json', ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const status = JSON.parse(result.stdout) as StatusJson;
    expect(status.as_of).toBe('2026-11-24');
    expect(Object.fromEntries(status.agreements.map((a) => [a.id, a.state]))).toEqual({
      'gnesta-2023': 'active',
      'strangnas-2023': 'expired',
      'strangnas-2026': 'draft',
      'vaxjo-2019': 'superseded',
      'vaxjo-2023': 'expiring',
      'burlov-2023': 'expiring',
      'trelleborg-2019': 'expired',
    });
    const burlov = status.agreements.find((a) => a.id === 'burlov-2023')!;
    // 2026-11-24 to 2026-12-31.
    expect(burlov).toMatchObject({ days_left: 37, municipality_codes: ['1231'], file: 'agreements/burlov-2023.yaml' });
    expect(Object.keys(burlov).sort()).toEqual(['days_left', 'file', 'id', 'municipality_codes', 'state', 'title', 'valid_from', 'valid_to']);
    expect(status.agreements.find((a) => a.id === 'gnesta-2023')?.days_left).toBe(188);
    expect(status.agreements.find((a) => a.id === 'trelleborg-2019')?.days_left).toBe(-1424);
  });

  it('shows a table with Swedish state labels and the law duties (pretty), filtered by --kommun', () => {
    const all = runCli(['status', '--root', root, ...AS_OF]);
    expect(all.stdout).toMatch(/^Burlöv \(1231\) +burlov-2023 +löper snart ut +2023-07-01 – 2026-12-31 +37 +2026-04-30 Aktualitetsprövning 2026 \(försenad\) +2 \+ 2$/m);
    expect(all.stdout).toContain('Kommunernas skyldigheter enligt lag (2023:196)');
    expect(all.stdout).toMatch(/2024-03-15 {2}Uppdatera lägesbilden \(lag 2023:196\): Växjö \(0780\) {2}\(försenad\)/);
    const one = runCli(['status', '--root', root, '--kommun', '1231', ...AS_OF]);
    expect(one.stdout).not.toContain('gnesta-2023');
    expect(one.stdout).toContain('burlov-2023');
    const agreement = JSON.parse(runCli(['status', '--root', root, '--agreement', 'vaxjo-2023', '--format', 'json', ...AS_OF]).stdout) as StatusJson;
    expect(agreement.agreements.map((a) => a.id)).toEqual(['vaxjo-2023']);
  });

  it('renders Markdown for a job summary or an e-mail', () => {
    const md = runCli(['status', '--root', root, '--format', 'markdown', ...AS_OF]).stdout;
    expect(md.split('\n')[0]).toBe('## Överenskommelser per 2026-11-24');
    expect(md).toContain('| Burlöv (1231) | burlov-2023 | löper snart ut | 2023-07-01 – 2026-12-31 | 37 |');
  });
});

describe('samverkan deadlines on the examples, as of 2026-11-24', () => {
  const root = examples();
  const json = (...args: string[]) => JSON.parse(runCli(['deadlines', '--root', root, '--format', 'json', ...AS_OF, ...args]).stdout) as DeadlinesJson;

  it('lists overdue and upcoming ones sorted by date, done ones only with --all', () => {
    const { deadlines } = json();
    expect(deadlines.length).toBeGreaterThan(20);
    expect(deadlines.map((d) => d.date)).toEqual([...deadlines.map((d) => d.date)].sort());
    expect(new Set(deadlines.map((d) => d.status))).toEqual(new Set(['overdue', 'upcoming']));
    const all = json('--all').deadlines;
    expect(all.some((d) => d.status === 'done')).toBe(true);
    expect(all.length).toBeGreaterThan(deadlines.length);
  });

  it('gives the contract fields, moved dates and the law duties', () => {
    const { deadlines } = json();
    // Gnesta's 2025 follow-up has no reported_on: due 2026-03-31, overdue.
    expect(deadlines).toContainEqual({
      date: '2026-03-31',
      nominal_date: '2026-03-31',
      type: 'follow_up_report',
      agreement: 'gnesta-2023',
      municipality_code: '0461',
      status: 'overdue',
      title: 'Uppföljning av 2025 till kommunstyrelsen: gnesta-2023',
      file: 'agreements/gnesta-2023.yaml',
    });
    // Gnesta's lägesbild, adopted 2024-05-14, is due again on Kristi himmelsfärdsdag 2026: moved to Friday.
    expect(deadlines).toContainEqual(
      expect.objectContaining({ type: 'situation_report_update', agreement: null, municipality_code: '0461', nominal_date: '2026-05-14', date: '2026-05-15', status: 'overdue' }),
    );
    // Burlöv expires 2026-12-31, a date of record: never moved, though it is nyårsafton.
    expect(deadlines).toContainEqual(expect.objectContaining({ type: 'expiry', agreement: 'burlov-2023', date: '2026-12-31', nominal_date: '2026-12-31', status: 'upcoming' }));
  });

  it('--within limits upcoming ones but keeps overdue ones; --fail-on overdue exits 1', () => {
    const within = json('--within', '30').deadlines;
    expect(within.filter((d) => d.status === 'upcoming').map((d) => d.date)).toEqual(['2026-11-30']);
    expect(within.filter((d) => d.status === 'overdue').length).toBe(json().deadlines.filter((d) => d.status === 'overdue').length);
    expect(runCli(['deadlines', '--root', root, '--fail-on', 'overdue', ...AS_OF]).code).toBe(1);
    expect(runCli(['deadlines', '--root', root, ...AS_OF]).code).toBe(0);
  });

  it('groups the pretty list as Försenade / Inom 30 dagar / 31–90 dagar / Senare', () => {
    const out = runCli(['deadlines', '--root', root, ...AS_OF]).stdout;
    const headings = out.split('\n').filter((l) => /^(Försenade|Inom 30 dagar|31–90 dagar|Senare) \(\d+\)$/.test(l));
    expect(headings.map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual(['Försenade', 'Inom 30 dagar', '31–90 dagar', 'Senare']);
    expect(out).toContain('2026-11-30  Påbörja förnyelse: gnesta-2023  agreements/gnesta-2023.yaml:');
  });

  it('exports a calendar that a real ICS parser reads, identical on a second run', () => {
    const first = runCli(['deadlines', '--root', root, '--format', 'ics', ...AS_OF]).stdout;
    expect(runCli(['deadlines', '--root', root, '--format', 'ics', ...AS_OF]).stdout).toBe(first);
    const calendar = new ICAL.Component(ICAL.parse(first));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBe(json().deadlines.length);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('gnesta-2023-follow-up-report-2026-03-31@samverkan');
    expect(first).toContain('DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401\r\n');
    for (const line of first.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('takes reminder offsets from samverkan.yaml', () => {
    const custom = examples();
    writeFileSync(join(custom, 'samverkan.yaml'), 'kind: config\nexclude: [.gitlab-ci.yml]\ndeadlines:\n  reminder_days: [30, 7]\n');
    const ics = runCli(['deadlines', '--root', custom, '--format', 'ics', ...AS_OF]).stdout;
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')?.toString())).toEqual(['-P30D', '-P7D']);
  });
});

describe('status and deadlines on a repository with errors, and bad options', () => {
  it('say how many errors there are on stderr, in one line, and still derive the rest', () => {
    const root = examples();
    writeFileSync(join(root, 'agreements', 'broken.yaml'), 'kind: agreement\nid: broken\n');
    const result = runCli(['status', '--root', root, '--format', 'json', ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^samverkan: arkivet har \d+ fel; dokument med fel räknas inte med\. Kör samverkan validate för detaljer\.\n$/);
    expect((JSON.parse(result.stdout) as StatusJson).agreements.length).toBe(7);
  });

  it('refuse an impossible --as-of and a bad --within with exit 2 and one line', () => {
    for (const args of [['status', '--as-of', '2026-02-30'], ['deadlines', '--as-of', 'tomorrow'], ['deadlines', '--within', 'x']]) {
      const result = runCli([...args, '--root', join(PROJECT, 'examples')]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('say why an --as-of is no date, in the language asked for', () => {
    const examplesRoot = join(PROJECT, 'examples');
    expect(runCli(['status', '--as-of', '2026-02-29', '--root', examplesRoot]).stderr).toContain('--as-of "2026-02-29" är inget giltigt datum: februari 2026 har 28 dagar.');
    expect(runCli(['deadlines', '--as-of', '2026-04-31', '--lang', 'en', '--root', examplesRoot]).stderr).toContain('April 2026 has 30 days.');
    const far = runCli(['status', '--as-of', '9999-12-31', '--root', examplesRoot]);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('utanför åren 1900–2199');
  });
});

describe('the README', () => {
  it('shows the real output of status and deadlines on the examples', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    for (const command of ['status --root examples --as-of 2026-11-24', 'deadlines --root examples --as-of 2026-11-24 --within 90']) {
      const start = readme.indexOf(`$ samverkan ${command}\n`);
      expect(start, command).toBeGreaterThan(-1);
      const block = readme.slice(start).split('\n```')[0]!.split('\n').slice(1).join('\n');
      expect(block).toBe(runCli(command.split(' ')).stdout.trimEnd());
    }
  });
});
