import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { config } from '@/lib/config';

export const metadata: Metadata = {
  title: 'About and methodology',
  description:
    'What Compute Atlas measures, where its figures come from, how they are shown and where they cannot be compared.',
  alternates: { canonical: '/about' },
};

export default async function AboutPage() {
  // Rendered per request: the API address shown is the one this server is configured with.
  await connection();
  const api = config.publicApiUrl;
  return (
    <article className="prose-atlas max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">About and methodology</h1>
      <p className="text-lg text-muted">
        Compute Atlas follows computing power: how much of it each region has, how fast it grows,
        what it needs in buildings, energy and networks, and what it is used for.
      </p>

      <h2 id="what">What is measured</h2>
      <p>
        The <Link href="/indicators">indicators</Link> are grouped into pillars. <em>Capacity</em>{' '}
        counts computing power itself: installed capacity, supercomputers on the TOP500 lists, data
        centres and storage. <em>Technology</em> follows the frontier of performance.{' '}
        <em>Industry</em> measures the makers and markets of computing. <em>Environment</em> covers
        what computing stands on: electricity, efficiency and networks. <em>Applications</em> is
        where demand shows, and <em>economy</em> holds context such as population and output.
      </p>

      <h2 id="sources">Where the figures come from</h2>
      <p>
        Every value was read in a public source: statistical offices, international organisations,
        industry bodies, research institutes and the TOP500 list files. Each value keeps its source,
        and each source keeps the exact passage that states the figure, so a reader can check it.
        The full list is on the <Link href="/sources">sources page</Link>. Nothing is estimated,
        interpolated or filled in; a missing value stays missing.
      </p>

      <h2 id="shown">How figures are shown</h2>
      <ul>
        <li>
          Every number on the site carries its period (a year, or a month for a TOP500 list) and its
          source.
        </li>
        <li>
          The <em>latest</em> value is the most recent measured one: forecasts and plans are marked
          as projections and never shown as the current figure.
        </li>
        <li>
          Where a source states a lower bound (“more than”), the bound is the value and the note
          says so.
        </li>
        <li>
          Per-person values divide by the population of the same region in the same year and are
          left out where that population is not known.
        </li>
        <li>
          Articles read their numbers and charts from the data when they are shown, never from
          pasted text.
        </li>
      </ul>

      <h2 id="limits">Where figures cannot be compared</h2>
      <p>
        Computing power has no single official count. Publishers define it differently (general,
        intelligent and supercomputing power, single or double precision, installed devices or
        infrastructure), and successive editions of one report revise earlier years. Growth is
        therefore only read within one series from one publisher, and each indicator page names the
        sources of every value it shows. Counts of data centres depend on what a directory lists,
        and several series cover only some countries.
      </p>

      <h2 id="index">The Computing Power Index</h2>
      <p>
        The <Link href="/computing-power-index">index</Link> combines indicators into one score per
        country: each indicator is put on a common scale, weighted within its pillar, and the
        pillars are weighted into the score. The default weights are part of the data; readers can
        change them and see the ranking recomputed. The index page explains the method in full.
      </p>

      <h2 id="api">Open data</h2>
      <p>
        Everything shown here comes from a public GraphQL API at{' '}
        <a href={`${api}/graphql`}>{api}/graphql</a>. Open that address in a browser for an explorer
        with ready example queries; every type, field and argument is described there. Each
        indicator page shows the query that fetches its data and offers the shown values as CSV.
      </p>
      <ul>
        <li>
          <strong>Queries</strong> go as <code>POST</code> with a JSON body, or as <code>GET</code>{' '}
          with <code>?query=…</code> so that shared caches can keep them; automatic persisted
          queries are supported. Answers to anonymous reads may be cached for a minute.
        </li>
        <li>
          <strong>Bulk downloads</strong> of any selection, with the source of every value:{' '}
          <code className="break-all">{`${api}/export/observations.csv?indicators=top500_rmax_pflops&regions=USA,CHN&from=2019&to=2025`}</code>{' '}
          (or <code>.json</code>).
        </li>
        <li>
          <strong>Live updates</strong> over a WebSocket at the same address (the graphql-ws
          protocol): the <code>observationChanged</code> subscription announces new and changed
          values of chosen indicators and regions.
        </li>
        <li>
          <strong>Limits</strong> keep the service up for everyone. By default: 600 requests a
          minute per API key or address (reported in <code>RateLimit-*</code> headers), pages of up
          to 1,000 observations, queries up to 10 levels deep, 30 aliases, 20,000 bytes of query
          text, an estimated cost that counts list sizes, and 10 seconds per request. Each refusal
          names the limit and carries a stable <code>extensions.code</code>.
        </li>
        <li>
          <strong>Contributing figures</strong>: organisations that publish data can get an API key
          from the administrators and send CSV files to <code>{`${api}/import`}</code>, with a dry
          run that reports every invalid row before anything is written.
        </li>
      </ul>

      <h2 id="updates">Updates</h2>
      <p>
        When new figures are imported or an article is published, the affected pages refresh on the
        next visit, and an open indicator page updates while it is being read.
      </p>
    </article>
  );
}
