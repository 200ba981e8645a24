import type { Article, ArticleRevision, ArticleStatus, Prisma, PrismaClient } from '@atlas/db';
import { badUserInput } from '../../errors.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { userActor, type ViewerUser } from '../auth/viewer.js';
import { doesNotExist } from '../common/request-errors.js';
import { articleConflict, type ArticleConflict } from './article-conflict.js';
import type { ArticleContent } from './article-content.js';
import { writeArticleLinks, type ArticleLinks } from './article-links.js';

type Transaction = Prisma.TransactionClient;

/**
 * The articles, their revisions and links in the database. Every write keeps a revision of
 * the text and an audit entry of the state in the same transaction.
 */
export class ArticleStore {
  constructor(private readonly prisma: PrismaClient) {}

  list(status: ArticleStatus | null): Promise<Article[]> {
    return this.prisma.article.findMany({
      where: status ? { status } : {},
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    });
  }

  find(id: number): Promise<Article | null> {
    return this.prisma.article.findUnique({ where: { id } });
  }

  revisions(articleId: number): Promise<ArticleRevision[]> {
    return this.prisma.articleRevision.findMany({
      where: { articleId },
      orderBy: { version: 'desc' },
    });
  }

  revision(articleId: number, version: number): Promise<ArticleRevision | null> {
    return this.prisma.articleRevision.findUnique({
      where: { articleId_version: { articleId, version } },
    });
  }

  /** Every sentence an admin confirmed states no measurement, at any version of the article. */
  async confirmedTypedFigures(articleId: number): Promise<Set<string>> {
    const revisions = await this.prisma.articleRevision.findMany({
      where: { articleId },
      select: { confirmedTypedFigures: true },
    });
    return new Set(revisions.flatMap((revision) => revision.confirmedTypedFigures));
  }

  /** The id of the article that has the slug, if any. */
  async slugHolder(slug: string): Promise<number | null> {
    const holder = await this.prisma.article.findUnique({ where: { slug }, select: { id: true } });
    return holder?.id ?? null;
  }

  /** Writes the content as version 1 of a new draft. */
  create(content: ArticleContent, user: ViewerUser): Promise<Article> {
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

  /**
   * Writes the content as the next version, with its links, revision and audit entry, when
   * baseVersion is still the current one; otherwise writes nothing and returns the conflict.
   */
  async writeVersion(
    current: Article,
    baseVersion: number,
    content: ArticleContent,
    change: { user: ViewerUser; action: string; message: string | null },
  ): Promise<Article | ArticleConflict> {
    return this.prisma
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
        if (updated.count === 0) return conflictWith(tx, current.id, { baseVersion, ...content });
        const article = await tx.article.findUniqueOrThrow({ where: { id: current.id } });
        const links = await writeArticleLinks(tx, article.id, content);
        await writeRevision(tx, article, links, change.user, change.message);
        await audit(tx, change.user, change.action, current, article);
        return article;
      })
      .catch(refuseRacedSlug(content.slug));
  }

  /** Changes the article's state as `decide` says, under a row lock, with an audit entry. */
  async changeState(
    id: number,
    change: { user: ViewerUser; action: string },
    decide: (article: Article) => Prisma.ArticleUpdateInput,
  ): Promise<{ before: Article; after: Article }> {
    return this.prisma.$transaction(async (tx) => {
      const article = await lockArticle(tx, id);
      const changed = await tx.article.update({ where: { id }, data: decide(article) });
      await audit(tx, change.user, change.action, article, changed);
      return { before: article, after: changed };
    });
  }

  /**
   * Adds the sentences to the confirmations kept with the article's current revision, once
   * `check` accepted the article under its row lock, with an audit entry of the confirmations.
   */
  async confirmTypedFigures(
    id: number,
    user: ViewerUser,
    sentences: readonly string[],
    check: (article: Article) => void,
  ): Promise<Article> {
    return this.prisma.$transaction(async (tx) => {
      const article = await lockArticle(tx, id);
      check(article);
      const where = { articleId_version: { articleId: id, version: article.version } };
      const { confirmedTypedFigures: before } = await tx.articleRevision.findUniqueOrThrow({
        where,
      });
      const after = [...new Set([...before, ...sentences])];
      await tx.articleRevision.update({ where, data: { confirmedTypedFigures: after } });
      await recordAuditEvent(tx, userActor(user), {
        action: 'article.confirm-typed-figures',
        entityType: 'Article',
        entityId: id,
        before: { version: article.version, confirmedTypedFigures: before },
        after: { version: article.version, confirmedTypedFigures: after },
      });
      return article;
    });
  }
}

/**
 * The article, locked until the transaction ends: the row lock makes a check and the change it
 * allows one step against concurrent actions.
 */
async function lockArticle(tx: Transaction, id: number): Promise<Article> {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${id} FOR UPDATE`;
  const article = await tx.article.findUnique({ where: { id } });
  if (!article) throw doesNotExist(`Article ${id}`);
  return article;
}

/** The stored version that a save based on an older one ran into. */
async function conflictWith(
  tx: Transaction,
  id: number,
  submitted: ArticleConflict['submitted'],
): Promise<ArticleConflict> {
  const { version } = await tx.article.findUniqueOrThrow({ where: { id } });
  const { author, ...current } = await tx.articleRevision.findUniqueOrThrow({
    where: { articleId_version: { articleId: id, version } },
    include: { author: { select: { name: true } } },
  });
  return articleConflict(current, author?.name ?? null, submitted);
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

/** Turns the unique index's refusal of a slug (the only unique field written) into the same message. */
function refuseRacedSlug(slug: string) {
  return (error: unknown): never => {
    const { code, meta } = error as { code?: unknown; meta?: { modelName?: unknown } };
    if (code === 'P2002' && meta?.modelName === 'Article') throw slugTaken(slug);
    throw error;
  };
}

/** Refuses a slug another article has; `refused` names the action, when not a plain save. */
export function slugTaken(slug: string, refused?: string) {
  const taken = `slug "${slug}" is taken by another article`;
  return badUserInput(refused ? `${refused}: its ${taken}.` : taken);
}
