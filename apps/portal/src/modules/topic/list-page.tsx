import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listTopics } from './lib/topics';

export const metadata: Metadata = {
  title: 'Topics',
  description:
    'The articles of Compute Atlas by pillar of computing power (capacity, technology, industry, environment, applications, economy) and by subject.',
  alternates: { canonical: '/topics' },
};

type TopicSummary = Awaited<ReturnType<typeof listTopics>>[number];

/** One group of topics under its heading, as cards with their description and article count. */
function TopicGroup({
  id,
  heading,
  topics,
}: {
  id: string;
  heading: string;
  topics: TopicSummary[];
}) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {heading}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {topics.map((topic) => (
          <li key={topic.slug} className="rounded-lg border border-line p-4 hover:border-accent">
            <h3 className="font-semibold">
              <Link href={`/topics/${topic.slug}`} className="hover:underline">
                {topic.name}
              </Link>
            </h3>
            {topic.description ? (
              <p className="mt-2 text-sm text-muted">{topic.description}</p>
            ) : null}
            <p className="mt-2 text-xs text-muted">
              {topic.articles.length === 1 ? 'One article' : `${topic.articles.length} articles`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function TopicsPage() {
  await connection();
  const topics = await listTopics();
  return (
    <div className="space-y-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
        <p className="mt-3 text-lg text-muted">
          The articles grouped by the pillar of computing power whose figures they use, and by
          subject.
        </p>
      </header>
      <TopicGroup
        id="by-pillar"
        heading="By pillar"
        topics={topics.filter((topic) => topic.kind === 'PILLAR')}
      />
      <TopicGroup
        id="by-subject"
        heading="By subject"
        topics={topics.filter((topic) => topic.kind === 'TAG')}
      />
    </div>
  );
}
