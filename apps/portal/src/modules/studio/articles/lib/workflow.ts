import type { ArticleStatus } from '@/gql/graphql';
import type { StudioRole } from '@/modules/studio/auth/lib/session';
import type { Transition } from '../actions';

export const transitionLabels: Record<Transition, string> = {
  submit: 'Submit for review',
  publish: 'Publish',
  unpublish: 'Unpublish',
  archive: 'Archive',
  unarchive: 'Unarchive',
};

/** The workflow steps the signed-in role may take from an article's status. */
export function allowedTransitions(status: ArticleStatus, role: StudioRole): Transition[] {
  const admin = role === 'ADMIN';
  switch (status) {
    case 'DRAFT':
      return admin ? ['submit', 'publish', 'archive'] : ['submit'];
    case 'IN_REVIEW':
      return admin ? ['publish', 'archive'] : [];
    case 'PUBLISHED':
      return admin ? ['unpublish', 'archive'] : [];
    case 'ARCHIVED':
      return admin ? ['unarchive'] : [];
  }
}
