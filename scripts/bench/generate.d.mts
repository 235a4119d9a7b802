// Types for generate.mjs, so test/bench-generator.test.ts imports it under strict TypeScript.

/** One kommun from data/kommuner.csv with the police region of its county. */
export interface Kommun {
  code: string;
  name: string;
  county: string;
  policeRegion: string;
}

/** Files written per kommun by generateRepository at most (both reviews may share one file). */
export const FILES_PER_KOMMUN: number;
export function loadKommuner(): Kommun[];
export function slugify(name: string): string;
/** Writes a repository that validates clean; returns the number of files written (samverkan.yaml included). */
export function generateRepository(dir: string, options: { kommuner: readonly Kommun[] }): number;
