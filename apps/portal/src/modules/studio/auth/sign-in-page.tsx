import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from './components/sign-in-form';
import { getStudioSession } from './lib/session';

export const metadata: Metadata = { title: 'Sign in to the studio', robots: { index: false } };

export async function SignInPage() {
  if (await getStudioSession()) redirect('/studio');
  return (
    <main className="mx-auto mt-24 max-w-sm px-4">
      <h1 className="text-2xl font-bold tracking-tight">Compute Atlas studio</h1>
      <p className="mt-2 text-sm text-muted">Sign in to write articles and bring in new figures.</p>
      <SignInForm />
    </main>
  );
}
