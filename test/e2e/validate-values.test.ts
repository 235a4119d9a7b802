import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, parseJsonOutput, runCli, tempRepo, type JsonDiagnostic } from '../helpers/run-cli.js';

const ROOT = join(FIXTURES, 'swedish-values');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const line = (d: JsonDiagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`;

describe('samverkan validate: values in Swedish and the wrong kommun', () => {
  it('answers each Swedish word with the value it means, and names both kommuner for another kommun\'s name', () => {
    const result = runCli(['validate', '--root', ROOT, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseJsonOutput(result.stdout);
    expect(report.diagnostics.map(line)).toEqual([
      'agreements/bastad-2024.yaml:9:24 warning municipality/name-matches: Kommunkoden 1278 är Båstad enligt SCB, men parten heter "Torekovs kommun". Kontrollera kommunkoden i SCB:s lista; namnen jämförs utan orden kommun, stad och region.',
      'agreements/bastad-2024.yaml:27:11 error schema/enum: "unit" har ett värde som inte är tillåtet: "procent" – menade du "percent" (procent)? Tillåtna värden: percent (procent), count (antal), per_100k (per 100 000 invånare), per_1000 (per 1 000 invånare), index, other (annan enhet).',
      'agreements/bastad-2024.yaml:28:13 error schema/enum: "better" har ett värde som inte är tillåtet: "lägre" – menade du "lower" (lägre)? Tillåtna värden: lower (lägre är bättre), higher (högre är bättre).',
      'agreements/habo-2024.yaml:2:7 error schema/enum: Okänd dokumenttyp "överenskommelse" – menade du "agreement" (överenskommelse)? Tillåtna typer: agreement (samverkansöverenskommelse), citizen_promises (medborgarlöften), situation_report (lägesbild), action_plan (åtgärdsplan), follow_up (uppföljning), annual_review (aktualitetsprövning), config (inställningar), workspace (arbetsyta).',
      'agreements/uppsala-2024.yaml:9:24 error municipality/name-matches: Kommunkoden 0381 är Enköping enligt SCB, men parten heter "Uppsala kommun", som är en annan kommun: Uppsala (0380). Skriv municipality_code: "0380" om parten är Uppsala, eller rätta namnet om den är Enköping; koden avgör län, polisregion och lagens tidsfrister.',
      'follow-ups/uppsala-2024-2024.yaml:9:13 error schema/enum: "status" har ett värde som inte är tillåtet: "klar" – menade du "done" (klar)? Tillåtna värden: done (genomförd), ongoing (pågående), not_started (ej påbörjad), postponed (uppskjuten), cancelled (avbruten).',
      'follow-ups/uppsala-2024-2024.yaml:12:17 error schema/enum: "assessment" har ett värde som inte är tillåtet: "delvis uppnådd" – menade du "partly_achieved" (delvis uppnådd)? Tillåtna värden: achieved (uppnått), partly_achieved (delvis uppnått), not_achieved (ej uppnått), not_assessed (ej bedömt).',
      // The review refers to habo-2024, whose kind is wrong: that is said once, in habo-2024.yaml.
      'reviews/habo-2025.yaml:6:10 error schema/enum: "outcome" har ett värde som inte är tillåtet: "oförändrad" – menade du "unchanged" (oförändrad)? Tillåtna värden: unchanged (oförändrad), revised (reviderad), terminated (avslutad).',
    ]);
  });

  it('in English', () => {
    const report = parseJsonOutput(runCli(['validate', '--root', ROOT, '--format', 'json', '--lang', 'en']).stdout);
    const messages = report.diagnostics.map((d) => d.message);
    expect(messages).toContain(
      'The kommunkod 0381 is Enköping according to SCB, but the party is called "Uppsala kommun", which is another kommun: Uppsala (0380). Write municipality_code: "0380" if the party is Uppsala, or fix the name if it is Enköping; the code decides county, police region and statutory deadlines.',
    );
    expect(messages).toContain(
      '"status" has a value that is not allowed: "klar" – did you mean "done" (klar)? Allowed values: done, ongoing, not_started, postponed, cancelled.',
    );
    expect(messages).toContain(
      'Unknown kind of document "överenskommelse" – did you mean "agreement" (överenskommelse)? Allowed kinds: agreement (cooperation agreement), citizen_promises, situation_report, action_plan, follow_up, annual_review, config (configuration), workspace.',
    );
  });

  it('samverkan.yaml sets every finding of the rule alike', () => {
    const root = tempRepo('values');
    temps.push(root);
    cpSync(ROOT, root, { recursive: true });
    writeFileSync(join(root, 'samverkan.yaml'), 'kind: config\nrules:\n  municipality/name-matches: warning\n');
    const report = parseJsonOutput(runCli(['validate', '--root', root, '--format', 'json']).stdout);
    const kommun = report.diagnostics.filter((d) => d.rule === 'municipality/name-matches');
    expect(kommun.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}`)).toEqual(['agreements/bastad-2024.yaml:9:24 warning', 'agreements/uppsala-2024.yaml:9:24 warning']);
    writeFileSync(join(root, 'samverkan.yaml'), 'kind: config\nrules:\n  municipality/name-matches: error\n');
    const strict = parseJsonOutput(runCli(['validate', '--root', root, '--format', 'json']).stdout);
    expect(strict.diagnostics.filter((d) => d.rule === 'municipality/name-matches').map((d) => d.severity)).toEqual(['error', 'error']);
  });
});
