import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HostileCase } from '../../helpers/hostile-harness.js';

// The latest follow-up: its values win over older documents' values for the same years.
const FOLLOW_UP = 'repo/follow-ups/burlov-2023-uppfoljning-2025.yaml';

/** Cases about `samverkan report`: the repository's own templates and the data drawn from. */
export const REPORT_CASES: HostileCase[] = [
  {
    name: 'indicator values of ±1e308 give a chart with finite coordinates',
    source: '14.20',
    setup: (ws) => {
      ws.copyFixture('examples');
      const text = readFileSync(join(ws.dir, FOLLOW_UP), 'utf8');
      ws.write(FOLLOW_UP, text.replace('value: 8.8', 'value: -1e308').replace('value: 7.9', 'value: 1e308'));
      return ['report', '--root', 'repo', '--year', '2025', '--agreement', 'burlov-2023', '--as-of', '2026-06-01', '--format', 'html'];
    },
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toMatch(/2025: 100\s000\s000/);
      expect(stdout).not.toMatch(/NaN|Infinity/);
    },
  },
  {
    name: 'report --format pdf: a template that asks for the network gets nothing, and nothing is fetched',
    source: '14.15',
    needsChromium: true,
    setup: (ws) => {
      ws.copyFixture('valid');
      const origin = `http://127.0.0.1:${ws.port}`;
      ws.write(
        'repo/templates/report.html.hbs',
        [
          '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{{title}}</title>',
          `<link rel="prefetch" href="${origin}/prefetch?{{title}}">`,
          `<link rel="preconnect" href="${origin}"><link rel="stylesheet" href="${origin}/style.css">`,
          '<link rel="dns-prefetch" href="//samverkan.invalid">',
          `</head><body><h1>{{title}}</h1><img src="${origin}/logo.png" alt=""><iframe src="${origin}/frame"></iframe></body></html>`,
        ].join('\n'),
      );
      return ['report', '--root', 'repo', '--year', '2024', '--as-of', '2025-01-01', '--format', 'pdf', '--output', 'report.pdf'];
    },
    code: 0,
    outputs: ['report.pdf'],
    timeout: 60,
    check: (_result, ws) => expect(readFileSync(join(ws.dir, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-'),
  },
  {
    name: 'report: a template with six nested {{#each}} and no output stops with a message naming it',
    source: '14.8',
    setup: (ws) => {
      ws.copyFixture('valid');
      const file = join(ws.root, 'agreements', 'gnesta-2023.yaml');
      const measures = Array.from({ length: 59 }, (_, i) => `      - id: at-${i}\n        text: Åtgärd ${i}\n        responsible: [gnesta-kommun]\n`);
      ws.write('repo/agreements/gnesta-2023.yaml', `${readFileSync(file, 'utf8')}${measures.join('')}`);
      // 60 measures to the sixth power: 47 billion runs of an empty body.
      ws.write(
        'repo/templates/report.md.hbs',
        `# {{year}}\n{{#each agreements}}{{#each focusAreas}}{{#with measures as |m|}}\n${'{{#each m}}'.repeat(6)}${'{{/each}}'.repeat(6)}{{/with}}{{/each}}{{/each}}\n`,
      );
      return ['report', '--root', 'repo', '--year', '2024', '--as-of', '2025-01-01'];
    },
    code: 2,
    timeout: 30,
    stderr: /^samverkan: templates\/report\.md\.hbs:3: mallen gör för mycket arbete och stoppades efter 5 000 000 steg\. /,
  },
];
