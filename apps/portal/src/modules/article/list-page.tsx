import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ArticleList } from './components/article-list';
import { listArticles } from './lib/articles';

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
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Articles</h1>
        <p className="mt-3 text-lg text-muted">
          Explanations of computing power whose numbers and charts are read live from the data.
        </p>
      </header>
      <ArticleList articles={articles} />
    </div>
  );
}
