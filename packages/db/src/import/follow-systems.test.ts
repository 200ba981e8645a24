import type { Top500System } from '@atlas/importers';
import { describe, expect, it } from 'vitest';
import { followSystems, isEditionBefore, type StoredEntry } from './follow-systems.ts';

const row = (fields: Partial<Top500System> & { rank: number }): Top500System => ({
  line: fields.rank + 1,
  name: null,
  computer: 'Cluster',
  site: 'Site',
  countryName: 'Germany',
  regionCode: 'DEU',
  manufacturer: null,
  segment: 'Research',
  processor: null,
  accelerator: null,
  accelerated: null,
  cores: null,
  acceleratorCores: null,
  year: null,
  rmaxTflops: 100,
  rpeakTflops: 120,
  powerKw: null,
  previousRank: null,
  systemId: null,
  siteId: null,
  excerpt: '',
  ...fields,
});

const stored = (
  fields: Partial<StoredEntry> & { rank: number; systemId: number },
): StoredEntry => ({
  site: 'Site',
  rmaxTflops: 100,
  computer: 'Cluster',
  name: null,
  top500Id: null,
  ...fields,
});

describe('followSystems', () => {
  it('follows TOP500 ids, then previous ranks, then site, computer and Rmax', () => {
    const followed = followSystems(
      '2024-11',
      [
        row({ rank: 1, systemId: '900' }),
        row({ rank: 2, previousRank: 7 }),
        row({ rank: 3, site: 'Lab', rmaxTflops: 55.5 }),
        row({ rank: 4, site: 'Lab', rmaxTflops: 60 }),
      ],
      {
        sameList: [],
        previous: {
          list: '2024-06',
          entries: [
            stored({ rank: 7, systemId: 70 }),
            stored({ rank: 9, systemId: 90, site: 'Lab', rmaxTflops: 55.5 }),
          ],
        },
        byTop500Id: new Map([['900', 12]]),
      },
    );
    expect(followed.map((each) => each.systemId)).toEqual([12, 70, 90, null]);
  });

  it('uses previous ranks only when the previous stored list is the edition just before', () => {
    const known = {
      sameList: [],
      previous: { list: '2023-11', entries: [stored({ rank: 5, systemId: 50, site: 'Other' })] },
      byTop500Id: new Map<string, number>(),
    };
    expect(followSystems('2024-11', [row({ rank: 1, previousRank: 5 })], known)).toMatchObject([
      { systemId: null },
    ]);
  });

  it('never takes a system known under another TOP500 id, nor one system twice', () => {
    const followed = followSystems(
      '2024-11',
      [
        row({ rank: 1, systemId: 'new', previousRank: 3 }),
        row({ rank: 2, previousRank: 4 }),
        row({ rank: 3, site: 'B' }),
      ],
      {
        sameList: [],
        previous: {
          list: '2024-06',
          entries: [
            stored({ rank: 3, systemId: 30, top500Id: 'old', site: 'A' }),
            stored({ rank: 4, systemId: 30, site: 'B' }),
          ],
        },
        byTop500Id: new Map(),
      },
    );
    expect(followed.map((each) => each.systemId)).toEqual([null, 30, null]);
  });

  it('keeps the systems of a list written again', () => {
    const followed = followSystems('2024-11', [row({ rank: 1, systemId: '900' })], {
      sameList: [stored({ rank: 1, systemId: 44 })],
      previous: null,
      byTop500Id: new Map([['900', 12]]),
    });
    expect(followed).toMatchObject([{ systemId: 44 }]);
  });
});

describe('isEditionBefore', () => {
  it('pairs June with the November before and November with the June of its year', () => {
    expect(isEditionBefore('2023-11', '2024-06')).toBe(true);
    expect(isEditionBefore('2024-06', '2024-11')).toBe(true);
    expect(isEditionBefore('2021-11', '2022-11')).toBe(false);
  });
});
