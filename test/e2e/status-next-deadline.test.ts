import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempRepo } from '../helpers/run-cli.js';

/**
 * status's "Nästa frist" names the date, what is due, the year it is about and whether it is
 * overdue; the overdue column splits the agreement's own deadlines from its kommuner's duties
 * under lag (2023:196), which count once per kommun, with its current agreement. The JSON keeps
 * to format.md's shape.
 */
const LEGEND_SV =
  'Försenade: överenskommelsens egna frister + kommunens skyldigheter enligt lag (2023:196), som räknas hos kommunens aktuella överenskommelse.';
const LEGEND_EN = "Overdue: the agreement's own deadlines + the kommun's duties under lag (2023:196), which count with the kommun's current agreement.";

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('samverkan status: the next deadline and the overdue ones', () => {
  // The valid Gnesta agreement and citizen promises over two calendar years.
  const root = tempRepo('status-next');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  mkdirSync(join(root, 'citizen-promises'));
  writeFileSync(
    join(root, 'citizen-promises', 'gnesta-2023-2024.yaml'),
    lines(
      'kind: citizen_promises',
      'id: gnesta-medborgarloften-2023-2024',
      'agreement: gnesta-2023',
      'period:',
      '  from: 2023-07-01',
      '  to: 2024-01-31',
      'promises:',
      '  - id: lofte-1',
      '    text: Vi ska öka tryggheten i centrum.',
    ),
  );
  const status = (...args: string[]) => runCli(['status', '--root', root, ...args]);
  const DUTIES_SV = [
    'Kommunernas skyldigheter enligt lag (2023:196)',
    '  2024-07-01  Uppdatera lägesbilden (lag 2023:196): Gnesta (0461)  (kommande)',
    '  2024-07-01  Följ upp åtgärdsplanen (lag 2023:196): Gnesta (0461)  (kommande)',
  ];

  it('an upcoming deadline is shown with its date and the years of the promises, and nothing is overdue', () => {
    expect(status('--as-of', '2024-01-10')).toEqual({
      code: 0,
      stderr: '',
      stdout: lines(
        'Överenskommelser per 2024-01-10',
        '',
        'Kommun         Överenskommelse  Status    Giltig                   Dagar kvar  Nästa frist                                        Försenade (egna + lag)',
        'Gnesta (0461)  gnesta-2023      gällande  2023-06-20 – 2027-05-31  1237        2024-01-31 Förnyelse av medborgarlöften 2023–2024  0 + 0',
        '',
        LEGEND_SV,
        '',
        ...DUTIES_SV,
      ),
    });
  });

  it('a passed one says försenad, and the overdue count has the follow-up of 2023 too', () => {
    expect(status('--as-of', '2024-04-10')).toEqual({
      code: 0,
      stderr: '',
      stdout: lines(
        'Överenskommelser per 2024-04-10',
        '',
        'Kommun         Överenskommelse  Status    Giltig                   Dagar kvar  Nästa frist                                                   Försenade (egna + lag)',
        'Gnesta (0461)  gnesta-2023      gällande  2023-06-20 – 2027-05-31  1146        2024-01-31 Förnyelse av medborgarlöften 2023–2024 (försenad)  2 + 0',
        '',
        LEGEND_SV,
        '',
        ...DUTIES_SV,
      ),
    });
  });

  it('speaks English in Markdown with --lang en', () => {
    expect(status('--as-of', '2024-04-10', '--lang', 'en', '--format', 'markdown')).toEqual({
      code: 0,
      stderr: '',
      stdout: lines(
        '## Agreements as of 2024-04-10',
        '',
        '| Kommun | Agreement | Status | Valid | Days left | Next deadline | Overdue (own + law) |',
        '| --- | --- | --- | --- | ---: | --- | ---: |',
        '| Gnesta (0461) | gnesta-2023 | active | 2023-06-20 – 2027-05-31 | 1146 | 2024-01-31 Renewal of citizen promises 2023–2024 (overdue) | 2 + 0 |',
        '',
        LEGEND_EN,
        '',
        "### The kommuner's duties under lag (2023:196)",
        '',
        '- 2024-07-01: Update the situation report (Act 2023:196): Gnesta (0461) (upcoming)',
        '- 2024-07-01: Review the action plan (Act 2023:196): Gnesta (0461) (upcoming)',
      ),
    });
  });

  it('keeps the JSON to the contract: no field for the next deadline or the counts', () => {
    const result = status('--as-of', '2024-04-10', '--format', 'json');
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `${JSON.stringify({
        as_of: '2024-04-10',
        agreements: [
          {
            id: 'gnesta-2023',
            title: 'Samverkansöverenskommelse Gnesta 2023–2027',
            municipality_codes: ['0461'],
            state: 'active',
            valid_from: '2023-06-20',
            valid_to: '2027-05-31',
            days_left: 1146,
            file: 'agreements/gnesta-2023.yaml',
          },
        ],
      })}\n`,
    });
  });
});

describe("samverkan status: a kommun's duties count once, with its current agreement", () => {
  // A joint agreement of Östersund and Krokom, replaced by a new one from 2025-07-01 (signed
  // after it begins), and Gnesta with a lägesbild and an åtgärdsplan.
  const ROOT = join(FIXTURES, 'time');

  it('while the successor is a draft, with the agreement in force: the follow-up and review say which year', () => {
    expect(runCli(['status', '--root', ROOT, '--as-of', '2025-06-01'])).toEqual({
      code: 0,
      stderr: '',
      stdout: lines(
        'Överenskommelser per 2025-06-01',
        '',
        'Kommun                           Överenskommelse        Status    Giltig                   Dagar kvar  Nästa frist                                     Försenade (egna + lag)',
        'Gnesta (0461)                    gnesta-2023            gällande  2023-06-20 – 2027-05-31  729         2024-04-02 Uppföljningsrapport 2023 (försenad)  2 + 0',
        'Östersund (2380), Krokom (2309)  ostersund-krokom-2023  gällande  2023-01-01 – 2026-12-31  578         2024-01-02 Aktualitetsprövning 2023 (försenad)  3 + 4',
        'Östersund (2380), Krokom (2309)  ostersund-krokom-2025  utkast    2025-07-01 – 2028-12-31  1309        –                                               0 + 0',
        '',
        LEGEND_SV,
        '',
        'Kommunernas skyldigheter enligt lag (2023:196)',
        '  2024-07-01  Uppdatera lägesbilden (lag 2023:196): Krokom (2309)  (försenad)',
        '  2024-07-01  Uppdatera lägesbilden (lag 2023:196): Östersund (2380)  (försenad)',
        '  2024-07-01  Följ upp åtgärdsplanen (lag 2023:196): Krokom (2309)  (försenad)',
        '  2024-07-01  Följ upp åtgärdsplanen (lag 2023:196): Östersund (2380)  (försenad)',
        '  2026-05-15  Uppdatera lägesbilden (lag 2023:196): Gnesta (0461)  (kommande)',
        '  2026-06-12  Följ upp åtgärdsplanen (lag 2023:196): Gnesta (0461)  (kommande)',
      ),
    });
  });

  it('once the successor is in force, with the successor, in English', () => {
    expect(runCli(['status', '--root', ROOT, '--as-of', '2026-11-24', '--lang', 'en'])).toEqual({
      code: 0,
      stderr: '',
      stdout: lines(
        'Agreements as of 2026-11-24',
        '',
        'Kommun                           Agreement              Status      Valid                    Days left  Next deadline                               Overdue (own + law)',
        'Gnesta (0461)                    gnesta-2023            active      2023-06-20 – 2027-05-31  188        2024-04-02 Follow-up report 2023 (overdue)  4 + 2',
        'Östersund (2380), Krokom (2309)  ostersund-krokom-2023  superseded  2023-01-01 – 2026-12-31  37         2024-01-02 Annual review 2023 (overdue)     3 + 0',
        'Östersund (2380), Krokom (2309)  ostersund-krokom-2025  active      2025-07-01 – 2028-12-31  768        2026-01-02 Annual review 2025 (overdue)     2 + 4',
        '',
        LEGEND_EN,
        '',
        "The kommuner's duties under lag (2023:196)",
        '  2024-07-01  Update the situation report (Act 2023:196): Krokom (2309)  (overdue)',
        '  2024-07-01  Update the situation report (Act 2023:196): Östersund (2380)  (overdue)',
        '  2024-07-01  Review the action plan (Act 2023:196): Krokom (2309)  (overdue)',
        '  2024-07-01  Review the action plan (Act 2023:196): Östersund (2380)  (overdue)',
        '  2026-05-15  Update the situation report (Act 2023:196): Gnesta (0461)  (overdue)',
        '  2026-06-12  Review the action plan (Act 2023:196): Gnesta (0461)  (overdue)',
      ),
    });
  });
});
