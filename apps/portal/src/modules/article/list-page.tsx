import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ArticleList } from './components/article-list';
import { listArticles } from './lib/articles';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = {
  title: 'Articles',
  description:
    'Explanations of computing power with live figures: what it is, how fast it grows, what it needs.',
  alternates: { canonical: '/articles' },
};

export default async function ArticlesPage() {
  await connection();
  const articles = await listArticles(100);
  return (
    <div className="space-y-8">
      <PageHeader title="Articles">
        Explanations of computing power whose numbers and charts are read live from the data.
      </PageHeader>
      <ArticleList articles={articles} />
    </div>
  );
}
