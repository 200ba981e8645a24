import type { Article, ArticleRevision, ArticleStatus, Prisma, PrismaClient } from '@atlas/db';
import { findTypedFigures } from '@atlas/domain';
import { badUserInput } from '../../errors.js';
import type { PublicChangeListener } from '../../changes/public-change.js';
import { requireRole, type Viewer, type ViewerUser } from '../auth/viewer.js';
import { doesNotExist, invalidState } from '../common/request-errors.js';
import { isArticleConflict, type ArticleConflict } from './article-conflict.js';
import {
  normaliseArticleContent,
  type ArticleContent,
  type ArticleContentInput,
} from './article-content.js';
import { ArticleStore, slugTaken } from './article-store.js';
import {
  allowedActions,
  editingRole,
  editRefusal,
  transitions,
  type ArticleAction,
  type ArticleTransition,
} from './article-transitions.js';
import { diffRevisions, type RevisionDiff } from './revision-diff.js';
import { staleVersion, typedFiguresUnconfirmed } from './workflow-errors.js';

/**
 * The editorial life of an article, by the rules of article-transitions.ts. Every save of the
 * text and metadata writes a revision; a save based on an older version is refused with both
 * versions, never merged or overwritten. Public changes are reported once committed.
 */
export class ArticleWorkflowService {
  private readonly store: ArticleStore;

  constructor(
    prisma: PrismaClient,
    private readonly onPublicChange: PublicChangeListener,
  ) {
    this.store = new ArticleStore(prisma);
  }

  async list(viewer: Viewer | null, status: ArticleStatus | null): Promise<Article[]> {
    requireRole(viewer, 'EDITOR', 'list articles in the studio');
    return this.store.list(status);
  }

  async get(viewer: Viewer | null, id: number): Promise<Article | null> {
    requireRole(viewer, 'EDITOR', 'open articles in the studio');
    return this.store.find(id);
  }

  /** What the viewer may do to the article now; the same rules the actions below enforce. */
  allowedActions(viewer: Viewer | null, article: Article): ArticleAction[] {
    const user = requireRole(viewer, 'EDITOR', 'open articles in the studio');
    return allowedActions(article.status, user.role);
  }

  /** The sentences of the article with typed figures, each with whether an admin confirmed it. */
  async typedFigures(
    viewer: Viewer | null,
    article: Article,
  ): Promise<{ sentence: string; confirmed: boolean }[]> {
    requireRole(viewer, 'EDITOR', 'open articles in the studio');
    const confirmed = await this.store.confirmedTypedFigures(article.id);
    return typedFiguresOf(article).map((sentence) => ({
      sentence,
      confirmed: confirmed.has(sentence),
    }));
  }

  /**
   * Confirms, as an admin, that sentences with typed figures of the version read state no
   * measurement; kept with the current revision, they hold for later versions too.
   */
  async confirmTypedFigures(
    viewer: Viewer | null,
    input: { id: number; version: number; sentences: readonly string[] },
  ): Promise<Article> {
    const user = requireRole(viewer, 'ADMIN', 'confirm typed figures');
    return this.store.confirmTypedFigures(input.id, user, input.sentences, (article) => {
      if (article.version !== input.version)
        throw staleVersion('confirmed', article.version, input.version);
      const found = new Set(typedFiguresOf(article));
      const unknown = input.sentences.find((sentence) => !found.has(sentence));
      if (unknown !== undefined)
        throw badUserInput(
          `"${unknown}" is not a sentence with a typed figure of version ${article.version}`,
          'sentences',
        );
    });
  }

  async revisions(viewer: Viewer | null, articleId: number): Promise<ArticleRevision[]> {
    requireRole(viewer, 'EDITOR', 'read the history of articles');
    return this.store.revisions(articleId);
  }

  async diff(
    viewer: Viewer | null,
    articleId: number,
    fromVersion: number,
    toVersion: number,
  ): Promise<RevisionDiff> {
    requireRole(viewer, 'EDITOR', 'compare revisions');
    const [from, to] = await Promise.all([
      this.store.revision(articleId, fromVersion),
      this.store.revision(articleId, toVersion),
    ]);
    if (!from) throw doesNotExist(`Version ${fromVersion} of article ${articleId}`);
    if (!to) throw doesNotExist(`Version ${toVersion} of article ${articleId}`);
    return diffRevisions(from, to);
  }

  async create(viewer: Viewer | null, input: ArticleContentInput): Promise<Article> {
    const user = requireRole(viewer, editingRole, 'create articles');
    const content = normaliseArticleContent(input);
    await this.assertSlugFree(content.slug, null);
    return this.store.create(content, user);
  }

  /** Saves the text and links as a new version, when baseVersion is still the current one. */
  async save(
    viewer: Viewer | null,
    input: {
      id: number;
      baseVersion: number;
      content: ArticleContentInput;
      message: string | null;
    },
  ): Promise<Article | ArticleConflict> {
    const user = requireRole(viewer, editingRole, 'edit articles');
    const content = normaliseArticleContent(input.content);
    const current = await this.editable(input.id, user);
    await this.assertSlugFree(content.slug, current.id);
    return this.writeVersion(current, input.baseVersion, content, {
      user,
      action: 'article.save',
      message: input.message,
    });
  }

  /**
   * Writes the text and metadata of an earlier revision as a new version; the history keeps
   * everything.
   */
  async restore(
    viewer: Viewer | null,
    input: { id: number; version: number; baseVersion: number },
  ): Promise<Article | ArticleConflict> {
    const user = requireRole(viewer, editingRole, 'restore revisions');
    const current = await this.editable(input.id, user);
    const revision = await this.store.revision(current.id, input.version);
    if (!revision) throw doesNotExist(`Version ${input.version} of article ${current.id}`);
    await this.assertSlugFree(
      revision.slug,
      current.id,
      `Version ${revision.version} cannot be restored`,
    );
    return this.writeVersion(current, input.baseVersion, contentOf(revision), {
      user,
      action: 'article.restore',
      message: `Restored version ${revision.version}`,
    });
  }

  async submit(viewer: Viewer | null, id: number): Promise<Article> {
    return this.transition(viewer, 'SUBMIT', id);
  }

  /**
   * Publishes the version the admin reviewed; refused if it changed since, or while a sentence
   * with a typed figure is not confirmed.
   */
  async publish(viewer: Viewer | null, id: number, version: number): Promise<Article> {
    // Confirmations are only ever added: read before the lock, they cannot let an unconfirmed one through.
    const confirmed = await this.store.confirmedTypedFigures(id);
    return this.transition(viewer, 'PUBLISH', id, (article) => {
      if (article.version !== version) throw staleVersion('published', article.version, version);
      const unconfirmed = typedFiguresOf(article).filter((sentence) => !confirmed.has(sentence));
      if (unconfirmed.length > 0) throw typedFiguresUnconfirmed(unconfirmed);
      return { publishedAt: article.publishedAt ?? new Date() };
    });
  }

  async unpublish(viewer: Viewer | null, id: number): Promise<Article> {
    return this.transition(viewer, 'UNPUBLISH', id);
  }

  async archive(viewer: Viewer | null, id: number): Promise<Article> {
    return this.transition(viewer, 'ARCHIVE', id);
  }

  /** Brings an archived article back as a draft, to be edited and published again. */
  async unarchive(viewer: Viewer | null, id: number): Promise<Article> {
    return this.transition(viewer, 'UNARCHIVE', id);
  }

  private async writeVersion(
    current: Article,
    baseVersion: number,
    content: ArticleContent,
    change: { user: ViewerUser; action: string; message: string | null },
  ): Promise<Article | ArticleConflict> {
    const saved = await this.store.writeVersion(current, baseVersion, content, change);
    if (!isArticleConflict(saved) && saved.status === 'PUBLISHED')
      await this.onPublicChange({ articles: [...new Set([current.slug, saved.slug])] });
    return saved;
  }

  /**
   * Takes the step of the transition table, when the viewer's role and the article's status
   * allow it; `also` checks anything else and adds to the change.
   */
  private async transition(
    viewer: Viewer | null,
    action: ArticleTransition,
    id: number,
    also: (article: Article) => Prisma.ArticleUpdateInput = () => ({}),
  ): Promise<Article> {
    const rule = transitions[action];
    const user = requireRole(viewer, rule.role, rule.forbidden);
    const { before, after } = await this.store.changeState(
      id,
      { user, action: rule.audited },
      (article) => {
        if (!rule.from.includes(article.status)) throw invalidState(rule.refusal(article.status));
        return { ...also(article), status: rule.to };
      },
    );
    if (before.status === 'PUBLISHED' || after.status === 'PUBLISHED')
      await this.onPublicChange({ articles: [after.slug] });
    return after;
  }

  /** The article, when the person may change its text in its current status. */
  private async editable(id: number, user: ViewerUser): Promise<Article> {
    const article = await this.store.find(id);
    if (!article) throw doesNotExist(`Article ${id}`);
    const refusal = editRefusal(article.status, user.role);
    if (refusal) throw invalidState(refusal);
    return article;
  }

  /**
   * Refuses a slug another article has; `refused` names the action, when not a plain save.
   * Checked before writing, for a clear message; a write that races another article to the
   * slug meets the unique index instead (see the store).
   */
  private async assertSlugFree(
    slug: string,
    articleId: number | null,
    refused?: string,
  ): Promise<void> {
    const holder = await this.store.slugHolder(slug);
    if (holder !== null && holder !== articleId) throw slugTaken(slug, refused);
  }
}

function typedFiguresOf(article: Article): string[] {
  return findTypedFigures(article.title, article.summary, article.body);
}

function contentOf(revision: ArticleRevision): ArticleContent {
  const { slug, title, summary, body, tags, indicatorCodes, regionCodes } = revision;
  return { slug, title, summary, body, tags, indicatorCodes, regionCodes };
}
