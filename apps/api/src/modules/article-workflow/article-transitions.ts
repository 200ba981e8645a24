import type { ArticleStatus } from '@atlas/db';
import { hasRole, type Role } from '../auth/viewer.js';

/** What can be done to an article; `allowedActions` lists those a person may do now. */
export type ArticleAction = 'SAVE' | 'SUBMIT' | 'PUBLISH' | 'UNPUBLISH' | 'ARCHIVE' | 'UNARCHIVE';

/** The actions that move an article from one status to another. */
export type ArticleTransition = Exclude<ArticleAction, 'SAVE'>;

interface TransitionRule {
  /** The least role that may take the step, and how a refusal names the step. */
  role: Role;
  forbidden: string;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** Why the step does not apply to an article in a status outside `from`. */
  refusal: (status: ArticleStatus) => string;
  /** The action as the audit log records it. */
  audited: string;
}

/**
 * The editorial life of an article: draft → in review → published → archived, and back to
 * draft by unpublishing or unarchiving.
 */
export const transitions: Record<ArticleTransition, TransitionRule> = {
  SUBMIT: {
    role: 'EDITOR',
    forbidden: 'submit articles for review',
    from: ['DRAFT'],
    to: 'IN_REVIEW',
    refusal: (status) => `Only a draft can be submitted; this article is ${describe(status)}.`,
    audited: 'article.submit',
  },
  PUBLISH: {
    role: 'ADMIN',
    forbidden: 'publish articles',
    from: ['DRAFT', 'IN_REVIEW'],
    to: 'PUBLISHED',
    refusal: (status) =>
      `Only a draft or an article in review can be published; this article is ${describe(status)}.`,
    audited: 'article.publish',
  },
  UNPUBLISH: {
    role: 'ADMIN',
    forbidden: 'unpublish articles',
    from: ['PUBLISHED'],
    to: 'DRAFT',
    refusal: (status) =>
      `Only a published article can be unpublished; this article is ${describe(status)}.`,
    audited: 'article.unpublish',
  },
  ARCHIVE: {
    role: 'ADMIN',
    forbidden: 'archive articles',
    from: ['DRAFT', 'IN_REVIEW', 'PUBLISHED'],
    to: 'ARCHIVED',
    refusal: () => 'The article is already archived.',
    audited: 'article.archive',
  },
  UNARCHIVE: {
    role: 'ADMIN',
    forbidden: 'unarchive articles',
    from: ['ARCHIVED'],
    to: 'DRAFT',
    refusal: (status) =>
      `Only an archived article can be unarchived; this article is ${describe(status)}.`,
    audited: 'article.unarchive',
  },
};

/** The least role that saves and restores articles; editRefusal says in which statuses. */
export const editingRole: Role = 'EDITOR';

/**
 * Why a person with the role may not change the text of an article in the status, or null when
 * they may: what is public changes only by an admin, and nobody changes an archived article.
 */
export function editRefusal(status: ArticleStatus, role: Role): string | null {
  if (status === 'ARCHIVED')
    return 'An archived article cannot be changed; an admin can unarchive it first.';
  if (status === 'PUBLISHED' && !hasRole(role, 'ADMIN'))
    return 'A published article can be changed only by an admin; ask one to unpublish it first.';
  return null;
}

/** The actions a person with the role may take on an article in the status, by the rules above. */
export function allowedActions(status: ArticleStatus, role: Role): ArticleAction[] {
  const saving: ArticleAction[] =
    hasRole(role, editingRole) && editRefusal(status, role) === null ? ['SAVE'] : [];
  const steps = (Object.keys(transitions) as ArticleTransition[]).filter(
    (action) =>
      hasRole(role, transitions[action].role) && transitions[action].from.includes(status),
  );
  return [...saving, ...steps];
}

function describe(status: ArticleStatus): string {
  return { DRAFT: 'a draft', IN_REVIEW: 'in review', PUBLISHED: 'published', ARCHIVED: 'archived' }[
    status
  ];
}
