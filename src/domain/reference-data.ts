import { readFileSync } from 'node:fs';
import type { PoliceRegion } from '../model/documents.js';

export interface Municipality {
  code: string;
  /** SCB's short name: "Malmö", "Gotland". */
  name: string;
  countyCode: string;
  countyName: string;
}

/** The shipped reference data: SCB's 290 kommuner and the polisregion of each county. */
export interface ReferenceData {
  municipalities: ReadonlyMap<string, Municipality>;
  regionOfCounty: ReadonlyMap<string, PoliceRegion>;
}

let cached: ReferenceData | undefined;

/** Read from the package's own data/ folder on first use, never from anywhere else. */
export function referenceData(): ReferenceData {
  if (cached) return cached;
  const municipalities = new Map<string, Municipality>();
  for (const [code, name, countyCode, countyName] of readCsv('kommuner.csv')) {
    municipalities.set(code!, { code: code!, name: name!, countyCode: countyCode!, countyName: countyName! });
  }
  const regionOfCounty = new Map<string, PoliceRegion>();
  for (const [region, countyCode] of readCsv('polisregioner.csv')) regionOfCounty.set(countyCode!, region as PoliceRegion);
  cached = { municipalities, regionOfCounty };
  return cached;
}

/** The rows after the header; the shipped files have no quoted fields. */
function readCsv(name: string): string[][] {
  const text = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}
