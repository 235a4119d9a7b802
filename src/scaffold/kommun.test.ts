import { describe, expect, it } from 'vitest';
import { findKommun, officialName, slugOf } from './kommun.js';

describe('findKommun', () => {
  it.each(['0380', '380', 'Uppsala', 'uppsala', 'Uppsala kommun', 'uppsala kommun', ' UPPSALA '])('finds Uppsala from %j', (input) => {
    expect(findKommun(input)).toMatchObject({ kommun: { code: '0380', name: 'Uppsala', officialName: 'Uppsala kommun', slug: 'uppsala', policeRegion: 'Mitt' } });
  });

  it('compares names loosely: the genitive, stad and region, and without Swedish letters', () => {
    expect(findKommun('Trelleborgs kommun').kommun?.code).toBe('1287');
    expect(findKommun('Malmö stad').kommun?.code).toBe('1280');
    expect(findKommun('Region Gotland').kommun?.code).toBe('0980');
    expect(findKommun('Vaxjo').kommun?.code).toBe('0780');
    expect(findKommun('upplands vasby').kommun).toMatchObject({ code: '0114', slug: 'upplands-vasby', policeRegion: 'Stockholm' });
  });

  it('offers the closest name or code for a typo, and nothing for what is far from all', () => {
    expect(findKommun('Upsala')).toEqual({ kommun: undefined, suggestion: 'Uppsala' });
    expect(findKommun('Vaxjö kommun')).toMatchObject({ kommun: { code: '0780' } });
    expect(findKommun('Göteborgg')).toEqual({ kommun: undefined, suggestion: 'Göteborg' });
    expect(findKommun('0389')).toMatchObject({ kommun: undefined });
    expect(findKommun('Atlantis')).toEqual({ kommun: undefined, suggestion: undefined });
  });
});

describe('officialName', () => {
  it('uses the Swedish genitive and the two names that differ', () => {
    expect(['Gnesta', 'Strängnäs', 'Trelleborg', 'Växjö', 'Burlöv', 'Gotland', 'Falun', 'Upplands Väsby'].map(officialName)).toEqual([
      'Gnesta kommun',
      'Strängnäs kommun',
      'Trelleborgs kommun',
      'Växjö kommun',
      'Burlövs kommun',
      'Region Gotland',
      'Falu kommun',
      'Upplands Väsby kommun',
    ]);
  });
});

describe('slugOf', () => {
  it('makes an id part of any name', () => {
    expect(['Malung-Sälen', 'Upplands Väsby', 'Åre', 'Örnsköldsvik'].map(slugOf)).toEqual(['malung-salen', 'upplands-vasby', 'are', 'ornskoldsvik']);
  });
});

describe('every kommun', () => {
  it('has an official name the name rule accepts, a slug that is an id, and a polisregion', async () => {
    const { referenceData } = await import('../domain/reference-data.js');
    const { namesMatch } = await import('../check/rules/municipality/name-matches.js');
    const codes = [...referenceData().municipalities.keys()];
    expect(codes).toHaveLength(290);
    for (const code of codes) {
      const { kommun } = findKommun(code);
      expect(kommun && namesMatch(kommun.officialName, kommun.name), code).toBe(true);
      expect(kommun?.slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(findKommun(kommun!.name).kommun?.code, kommun!.name).toBe(code);
    }
  });
});
