import { redirect } from 'next/navigation';

/** The article list is the studio's home; this address is where one would look for it. */
export default function ArticlesIndexPage(): never {
  redirect('/studio');
}
