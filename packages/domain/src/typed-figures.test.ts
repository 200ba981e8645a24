import { describe, expect, it } from 'vitest';
import { findTypedFigures } from './typed-figures.ts';

describe('findTypedFigures', () => {
  it('finds nothing where every digit sits in a live block or a name', () => {
    expect(
      findTypedFigures(
        'The TOP500 list counts :live{indicator="top500_systems" region="USA" period="2024-11"} systems.\n\n' +
          '::chart{indicator="top500_rmax_pflops" regions="USA,CHN" from="2019"}\n',
      ),
    ).toEqual([]);
  });

  it('returns each sentence with a typed digit, as written, once and in order', () => {
    const text = [
      '# Growth since 2010',
      '',
      'The first list came out in June. It had 500 systems! Today :live{indicator="top500_systems" region="USA"} are American.',
      'Nothing here. The fastest machine reached 1.2 exaflops? Really.',
      'It had 500 systems!',
    ].join('\n');
    expect(findTypedFigures(text)).toEqual([
      '# Growth since 2010',
      'It had 500 systems!',
      'The fastest machine reached 1.2 exaflops?',
    ]);
  });

  it('keeps the live blocks of a sentence with a typed figure, and finds digits in links', () => {
    expect(
      findTypedFigures(
        'In 2024 the United States had :live{indicator="top500_systems" region="USA"} systems.\n' +
          'See [the list](https://top500.org/lists/top500/2024/11/).',
      ),
    ).toEqual([
      'In 2024 the United States had :live{indicator="top500_systems" region="USA"} systems.',
      'See [the list](https://top500.org/lists/top500/2024/11/).',
    ]);
  });

  it('reads each text on its own: a title, a summary and a body', () => {
    expect(
      findTypedFigures('Exascale in 2022', 'No figure here.', 'Nor here. But 3 here.'),
    ).toEqual(['Exascale in 2022', 'But 3 here.']);
  });

  it('finds a digit glued to a name or to a live block', () => {
    expect(findTypedFigures('TOP5000 machines.')).toEqual(['TOP5000 machines.']);
    expect(
      findTypedFigures('About :live{indicator="top500_systems" region="USA"}0 systems.'),
    ).toEqual(['About :live{indicator="top500_systems" region="USA"}0 systems.']);
  });
});

describe('findTypedFigures on marked terms', () => {
  it('reads the label of a marked term as prose, not its slug', () => {
    expect(findTypedFigures('Run in :term[double precision]{slug=fp64} on :term[FP64].')).toEqual(
      [],
    );
    expect(findTypedFigures('Made on a :term[3 nm node]{slug=process-node}.')).toEqual([
      'Made on a :term[3 nm node]{slug=process-node}.',
    ]);
  });
});
