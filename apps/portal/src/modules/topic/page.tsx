import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionTrail } from '@/components/section-trail';
import { ArticleList } from '@/modules/article/components/article-list';
import { getTopic } from './lib/topics';

/** Rendered on first request, then kept in the full-route cache until the articles change. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/topics/[slug]'>): Promise<Metadata> {
  const topic = await getTopic((await params).slug);
  if (!topic) return { title: 'Topic not found' };
  return {
    title: `${topic.name}: articles`,
    description: topic.description ?? `Articles of Compute Atlas about ${topic.name}.`,
    alternates: { canonical: `/topics/${topic.slug}` },
  };
}

export default async function TopicPage({ params }: PageProps<'/topics/[slug]'>) {
  const topic = await getTopic((await params).slug);
  if (!topic) notFound();
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <SectionTrail href="/topics" section="Topics">
          {topic.kind === 'PILLAR' ? 'Pillar' : 'Subject'}
        </SectionTrail>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{topic.name}</h1>
        {topic.description ? <p className="mt-3 text-lg text-muted">{topic.description}</p> : null}
      </header>
      <section aria-labelledby="topic-articles">
        <h2 id="topic-articles" className="mb-4 text-xl font-semibold">
          Articles
        </h2>
        <ArticleList articles={topic.articles} />
      </section>
    </div>
  );
}
