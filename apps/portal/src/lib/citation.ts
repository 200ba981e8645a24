import { comparePeriods, formatPeriod } from '@atlas/domain';

/** What a reader cites: a page or a chart of the atlas, as it was when they read it. */
export interface Citation {
  /** A stable key for BibTeX, e.g. `top500_rmax_pflops`. */
  key: string;
  title: string;
  /** The link that opens the same view. */
  url: string;
  /** The latest period the cited figures cover; null when it cites none. */
  figuresTo: string | null;
  /** When the cited text last changed (an article), if it has one. */
  updated?: Date | null;
  /** The day the reader read it. */
  accessed: Date;
}

export const atlasName = 'Compute Atlas';

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** The day as YYYY-MM-DD, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The latest of some periods, or null when there are none. */
export function latestPeriod(periods: Iterable<string>): string | null {
  let latest: string | null = null;
  for (const period of periods) {
    if (latest === null || comparePeriods(period, latest) > 0) latest = period;
  }
  return latest;
}

function datedParts(citation: Citation): string[] {
  return [
    citation.figuresTo ? `Figures to ${formatPeriod(citation.figuresTo)}` : null,
    citation.updated ? `updated ${longDate.format(citation.updated)}` : null,
  ].filter((part): part is string => part !== null);
}

/** The citation as a sentence: atlas, title, dates, link and the day it was read. */
export function plainCitation(citation: Citation): string {
  const dated = datedParts(citation);
  return [
    `${atlasName}. “${citation.title}”.`,
    dated.length > 0 ? `${dated.join(', ')}.` : null,
    `${citation.url} (accessed ${longDate.format(citation.accessed)}).`,
  ]
    .filter(Boolean)
    .join(' ');
}

// BibTeX reads these characters as commands or groups.
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/** The citation as a BibTeX @misc entry, with the link in `url` and the day read in `urldate`. */
export function bibtexCitation(citation: Citation): string {
  const year = (citation.updated ?? citation.accessed).getUTCFullYear();
  const note = [...datedParts(citation), `accessed ${isoDay(citation.accessed)}`].join('; ');
  const fields = [
    ['title', `{${bibtexText(citation.title)}}`],
    ['author', `{${atlasName}}`],
    ['organization', atlasName],
    ['year', String(year)],
    ['url', citation.url],
    ['urldate', isoDay(citation.accessed)],
    ['note', bibtexText(note)],
  ];
  const key = `computeatlas:${citation.key.replace(/[^A-Za-z0-9_.:-]+/g, '-')}`;
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}
