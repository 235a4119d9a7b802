import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/run-cli.js';

/**
 * samverkan promises Node 20. Newer majors of commander, chalk and vitest need Node 22, so an
 * upgrade that slips one in must fail here, not on a coordinator's machine.
 */
type Version = [number, number, number];

function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether a semver range (the subset engines fields use) admits a version. */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  return range.split('||').some((set) => {
    const comparators = set.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comparators.every((comparator) => {
      const [, op = '', rest = ''] = /^([<>=^~]*)(.*)$/.exec(comparator) ?? [];
      if (rest === '*' || rest === 'x' || rest === '') return true;
      const parts = rest.split('.');
      const bound = parseVersion(rest);
      switch (op) {
        case '>=':
          return compare(v, bound) >= 0;
        case '>':
          return compare(v, bound) > 0;
        case '<=':
          return compare(v, bound) <= 0;
        case '<':
          return compare(v, bound) < 0;
        case '^':
          return compare(v, bound) >= 0 && v[0] === bound[0];
        case '~':
          return compare(v, bound) >= 0 && v[0] === bound[0] && (parts.length < 2 || v[1] === bound[1]);
        default:
          // `20`, `20.x` and `=20.1.0`: every part given must match.
          return parts.every((p, i) => p === 'x' || p === '*' || Number(p) === v[i]);
      }
    });
  });
}

describe('engines', () => {
  it('the range checker itself', () => {
    expect(satisfies('20.0.0', '>=20')).toBe(true);
    expect(satisfies('20.0.0', '>=22.12.0')).toBe(false);
    expect(satisfies('20.0.0', '^12.17.0 || ^14.13 || >=16.0.0')).toBe(true);
    expect(satisfies('20.0.0', '^22.12.0 || ^24.0.0 || >=26.0.0')).toBe(false);
    expect(satisfies('20.5.1', '>= 14.6')).toBe(true);
    expect(satisfies('20.5.1', '20.x')).toBe(true);
    expect(satisfies('20.5.1', '~20.4')).toBe(false);
  });

  it('every runtime dependency admits Node 20', () => {
    const lock = JSON.parse(readFileSync(join(PROJECT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
    };
    const runtime = Object.entries(lock.packages).filter(([path, info]) => path !== '' && !info.dev);
    expect(runtime.map(([path]) => path)).toContain('node_modules/commander');
    const refusing = runtime
      .filter(([, info]) => info.engines?.node !== undefined)
      .filter(([, info]) => !['20.0.0', '20.19.0'].every((v) => satisfies(v, info.engines!.node!)))
      .map(([path, info]) => `${path} (${info.engines?.node})`);
    expect(refusing).toEqual([]);
  });

  it('the package itself says Node 20', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20');
  });
});
