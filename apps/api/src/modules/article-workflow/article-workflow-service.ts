import type { Article, ArticleRevision, ArticleStatus, Prisma, PrismaClient } from '@atlas/db';
import { diffLines } from 'diff';
import { recordAuditEvent } from '../audit/audit-log.js';
import { requireRole, userActor, type Viewer, type ViewerUser } from '../auth/viewer.js';
import {
  normaliseArticleContent,
  readArticleLinks,
  writeArticleLinks,
  type ArticleContent,
  type ArticleContentInput,
  type ArticleLinks,
} from './article-content.js';
import type { PublicChangeListener } from '../../changes/public-change.js';
import { badUserInput } from '../../errors.js';
import { doesNotExist, invalidState } from '../common/request-errors.js';
import { conflict, staleVersion } from './workflow-errors.js';

export interface DiffLine {
  kind: 'ADDED' | 'REMOVED' | 'UNCHANGED';
  text: string;
}

export interface RevisionDiff {
  from: ArticleRevision;
  to: ArticleRevision;
  slug: DiffLine[];
  title: DiffLine[];
  summary: DiffLine[];
  body: DiffLine[];
  tags: DiffLine[];
  indicatorCodes: DiffLine[];
  regionCodes: DiffLine[];
}

type Transaction = Prisma.TransactionClient;

/**
 * The editorial life of an article: draft → in review → published → archived, and back to
 * draft by unpublishing or unarchiving. Every save of the text and metadata writes a revision;
 * a save based on an older version is refused with both versions, never merged or overwritten.
 */
export class ArticleWorkflowService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly onPublicChange: PublicChangeListener,
  ) {}

  async list(viewer: Viewer | null, status: ArticleStatus | null): Promise<Article[]> {
    requireRole(viewer, 'EDITOR', 'list articles in the studio');
    return this.prisma.article.findMany({
      where: status ? { status } : {},
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    });
  }

  async get(viewer: Viewer | null, id: number): Promise<Article | null> {
    requireRole(viewer, 'EDITOR', 'open articles in the studio');
    return this.prisma.article.findUnique({ where: { id } });
  }

  async revisions(viewer: Viewer | null, articleId: number): Promise<ArticleRevision[]> {
    requireRole(viewer, 'EDITOR', 'read the history of articles');
    return this.prisma.articleRevision.findMany({
      where: { articleId },
      orderBy: { version: 'desc' },
    });
  }

  async diff(
    viewer: Viewer | null,
    articleId: number,
    fromVersion: number,
    toVersion: number,
  ): Promise<RevisionDiff> {
    requireRole(viewer, 'EDITOR', 'compare revisions');
    const [from, to] = await Promise.all([
      this.prisma.articleRevision.findUnique({
        where: { articleId_version: { articleId, version: fromVersion } },
      }),
      this.prisma.articleRevision.findUnique({
        where: { articleId_version: { articleId, version: toVersion } },
      }),
    ]);
    if (!from) throw doesNotExist(`Version ${fromVersion} of article ${articleId}`);
    if (!to) throw doesNotExist(`Version ${toVersion} of article ${articleId}`);
    return {
      from,
      to,
      slug: lineDiff(from.slug, to.slug),
      title: lineDiff(from.title, to.title),
      summary: lineDiff(from.summary, to.summary),
      body: lineDiff(from.body, to.body),
      tags: listDiff(from.tags, to.tags),
      indicatorCodes: listDiff(from.indicatorCodes, to.indicatorCodes),
      regionCodes: listDiff(from.regionCodes, to.regionCodes),
    };
  }

  async create(viewer: Viewer | null, input: ArticleContentInput): Promise<Article> {
    const user = requireRole(viewer, 'EDITOR', 'create articles');
    const content = normaliseArticleContent(input);
    await this.assertSlugFree(content.slug, null);
    const created = this.prisma.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          slug: content.slug,
          title: content.title,
          summary: content.summary,
          body: content.body,
          authorId: user.id,
        },
      });
      const links = await writeArticleLinks(tx, article.id, content);
      await writeRevision(tx, article, links, user, 'Created');
      await audit(tx, user, 'article.create', null, article);
      return article;
    });
    return created.catch(refuseRacedSlug(content.slug));
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
  ): Promise<Article> {
    const user = requireRole(viewer, 'EDITOR', 'edit articles');
    const content = normaliseArticleContent(input.content);
    const current = await this.getOrThrow(input.id);
    this.assertEditable(current, user);
    await this.assertSlugFree(content.slug, current.id);
    return this.writeVersion(user, current, input.baseVersion, content, {
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
  ): Promise<Article> {
    const user = requireRole(viewer, 'EDITOR', 'restore revisions');
    const current = await this.getOrThrow(input.id);
    this.assertEditable(current, user);
    const revision = await this.prisma.articleRevision.findUnique({
      where: { articleId_version: { articleId: current.id, version: input.version } },
    });
    if (!revision) throw doesNotExist(`Version ${input.version} of article ${current.id}`);
    await this.assertSlugFree(
      revision.slug,
      current.id,
      `Version ${revision.version} cannot be restored`,
    );
    return this.writeVersion(user, current, input.baseVersion, contentOf(revision), {
      action: 'article.restore',
      message: `Restored version ${revision.version}`,
    });
  }

  /** Writes the content as the next version, with its links, revision and audit event. */
  private async writeVersion(
    user: ViewerUser,
    current: Article,
    baseVersion: number,
    content: ArticleContent,
    change: { action: string; message: string | null },
  ): Promise<Article> {
    const saved = await this.prisma
      .$transaction(async (tx) => {
        const updated = await tx.article.updateMany({
          where: { id: current.id, version: baseVersion },
          data: {
            slug: content.slug,
            title: content.title,
            summary: content.summary,
            body: content.body,
            version: { increment: 1 },
          },
        });
        if (updated.count === 0) throw await this.conflictFor(tx, current.id, baseVersion, content);
        const article = await tx.article.findUniqueOrThrow({ where: { id: current.id } });
        const links = await writeArticleLinks(tx, article.id, content);
        await writeRevision(tx, article, links, user, change.message);
        await audit(tx, user, change.action, current, article);
        return article;
      })
      .catch(refuseRacedSlug(content.slug));
    if (saved.status === 'PUBLISHED')
      await this.onPublicChange({ articles: unique([current.slug, saved.slug]) });
    return saved;
  }

  async submit(viewer: Viewer | null, id: number): Promise<Article> {
    const user = requireRole(viewer, 'EDITOR', 'submit articles for review');
    return this.transition(user, id, 'article.submit', (article) => {
      if (article.status !== 'DRAFT')
        throw invalidState(
          `Only a draft can be submitted; this article is ${describe(article.status)}.`,
        );
      return { status: 'IN_REVIEW' };
    });
  }

  /** Publishes the version the admin reviewed; refused if it changed since. */
  async publish(viewer: Viewer | null, id: number, version: number): Promise<Article> {
    const user = requireRole(viewer, 'ADMIN', 'publish articles');
    return this.transition(user, id, 'article.publish', (article) => {
      if (article.status !== 'DRAFT' && article.status !== 'IN_REVIEW') {
        throw invalidState(
          `Only a draft or an article in review can be published; this article is ${describe(article.status)}.`,
        );
      }
      if (article.version !== version) throw staleVersion('published', article.version, version);
      return { status: 'PUBLISHED', publishedAt: article.publishedAt ?? new Date() };
    });
  }

  async unpublish(viewer: Viewer | null, id: number): Promise<Article> {
    return this.backToDraft(viewer, id, 'unpublish', { from: 'PUBLISHED', noun: 'a published' });
  }

  async archive(viewer: Viewer | null, id: number): Promise<Article> {
    const user = requireRole(viewer, 'ADMIN', 'archive articles');
    return this.transition(user, id, 'article.archive', (article) => {
      if (article.status === 'ARCHIVED') throw invalidState('The article is already archived.');
      return { status: 'ARCHIVED' };
    });
  }

  /** Brings an archived article back as a draft, to be edited and published again. */
  async unarchive(viewer: Viewer | null, id: number): Promise<Article> {
    return this.backToDraft(viewer, id, 'unarchive', { from: 'ARCHIVED', noun: 'an archived' });
  }

  /** An admin's step back to DRAFT, allowed only from one status. */
  private async backToDraft(
    viewer: Viewer | null,
    id: number,
    verb: 'unpublish' | 'unarchive',
    allowed: { from: ArticleStatus; noun: string },
  ): Promise<Article> {
    const user = requireRole(viewer, 'ADMIN', `${verb} articles`);
    return this.transition(user, id, `article.${verb}`, (article) => {
      if (article.status !== allowed.from)
        throw invalidState(
          `Only ${allowed.noun} article can be ${verb}ed; this article is ${describe(article.status)}.`,
        );
      return { status: 'DRAFT' };
    });
  }

  private async transition(
    user: ViewerUser,
    id: number,
    action: string,
    decide: (article: Article) => Prisma.ArticleUpdateInput,
  ): Promise<Article> {
    const { before, after } = await this.prisma.$transaction(async (tx) => {
      // The row lock makes the check and the change one step against concurrent transitions.
      await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${id} FOR UPDATE`;
      const article = await tx.article.findUnique({ where: { id } });
      if (!article) throw doesNotExist(`Article ${id}`);
      const changed = await tx.article.update({ where: { id }, data: decide(article) });
      await audit(tx, user, action, article, changed);
      return { before: article, after: changed };
    });
    if (before.status === 'PUBLISHED' || after.status === 'PUBLISHED')
      await this.onPublicChange({ articles: [after.slug] });
    return after;
  }

  private async getOrThrow(id: number): Promise<Article> {
    const article = await this.prisma.article.findUnique({ where: { id } });
    if (!article) throw doesNotExist(`Article ${id}`);
    return article;
  }

  /** Editors change drafts and articles in review; what is public changes only by an admin. */
  private assertEditable(article: Article, user: ViewerUser): void {
    if (article.status === 'ARCHIVED')
      throw invalidState('An archived article cannot be changed; an admin can unarchive it first.');
    if (article.status === 'PUBLISHED' && user.role !== 'ADMIN') {
      throw invalidState(
        'A published article can be changed only by an admin; ask one to unpublish it first.',
      );
    }
  }

  /**
   * Refuses a slug another article has; `refused` names the action, when not a plain save.
   * Checked before writing, for a clear message; a write that races another article to the
   * slug meets the unique index instead (refuseRacedSlug).
   */
  private async assertSlugFree(
    slug: string,
    articleId: number | null,
    refused?: string,
  ): Promise<void> {
    const holder = await this.prisma.article.findUnique({ where: { slug }, select: { id: true } });
    if (holder && holder.id !== articleId) throw slugTaken(slug, refused);
  }

  private async conflictFor(
    tx: Transaction,
    id: number,
    baseVersion: number,
    submitted: ArticleContent,
  ) {
    const article = await tx.article.findUniqueOrThrow({ where: { id } });
    const revision = await tx.articleRevision.findUnique({
      where: { articleId_version: { articleId: id, version: article.version } },
      include: { author: { select: { name: true } } },
    });
    return conflict({
      current: {
        version: article.version,
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        body: article.body,
        ...(await readArticleLinks(tx, id)),
        savedBy: revision?.author?.name ?? null,
        savedAt: article.updatedAt.toISOString(),
      },
      submitted: { baseVersion, ...submitted },
    });
  }
}

/** Keeps the article as it is now: its text and the links just written. */
async function writeRevision(
  tx: Transaction,
  article: Article,
  links: ArticleLinks,
  user: ViewerUser,
  message: string | null,
) {
  await tx.articleRevision.create({
    data: {
      articleId: article.id,
      version: article.version,
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      body: article.body,
      ...links,
      authorId: user.id,
      message: message?.trim().slice(0, 500) || null,
    },
  });
}

function contentOf(revision: ArticleRevision): ArticleContent {
  const { slug, title, summary, body, tags, indicatorCodes, regionCodes } = revision;
  return { slug, title, summary, body, tags, indicatorCodes, regionCodes };
}

// The audit log keeps the state of an article; the text itself is in its revisions.
function auditedArticle(article: Article) {
  return {
    slug: article.slug,
    title: article.title,
    status: article.status,
    version: article.version,
  };
}

async function audit(
  tx: Transaction,
  user: ViewerUser,
  action: string,
  before: Article | null,
  after: Article,
) {
  await recordAuditEvent(tx, userActor(user), {
    action,
    entityType: 'Article',
    entityId: after.id,
    before: before && auditedArticle(before),
    after: auditedArticle(after),
  });
}

function lineDiff(from: string, to: string): DiffLine[] {
  return diffLines(from, to).flatMap((change) => {
    const kind = change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'UNCHANGED';
    return change.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind, text }) as DiffLine);
  });
}

/** Items of either list, in code-point order, marked by the side they are on. */
function listDiff(from: readonly string[], to: readonly string[]): DiffLine[] {
  return unique([...from, ...to])
    .sort()
    .map((text) => ({
      kind: !from.includes(text) ? 'ADDED' : !to.includes(text) ? 'REMOVED' : 'UNCHANGED',
      text,
    }));
}

/** Turns the unique index's refusal of a slug (the only unique field written) into the same message. */
function refuseRacedSlug(slug: string) {
  return (error: unknown): never => {
    const { code, meta } = error as { code?: unknown; meta?: { modelName?: unknown } };
    if (code === 'P2002' && meta?.modelName === 'Article') throw slugTaken(slug);
    throw error;
  };
}

function slugTaken(slug: string, refused?: string) {
  const taken = `slug "${slug}" is taken by another article`;
  return badUserInput(refused ? `${refused}: its ${taken}.` : taken);
}

function describe(status: ArticleStatus): string {
  return { DRAFT: 'a draft', IN_REVIEW: 'in review', PUBLISHED: 'published', ARCHIVED: 'archived' }[
    status
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
