import type { PrismaClient } from '@atlas/db';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer.js';
import { ArticleWorkflowService } from '../../src/modules/article-workflow/article-workflow-service.js';
import type { PublicChange } from '../../src/changes/public-change.js';
import { createSignedInViewer } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const content = {
  slug: 'gap-between-demand-and-supply',
  title: 'The gap between demand and supply',
  summary: 'Demand for compute grows faster than the supply of chips and power.',
  body: 'First paragraph.\n\n::chart{indicator="top500_rmax_pflops" regions="USA,CHN"}\n',
  tags: ['Supply', 'Demand'],
  indicatorCodes: ['top500_rmax_pflops'],
  regionCodes: ['USA', 'CHN'],
};

function codeOf(error: unknown): unknown {
  return (error as { extensions?: { code?: unknown } }).extensions?.code;
}

describe('ArticleWorkflowService', () => {
  const database = useTestDatabase({ referenceData: true });
  let prisma: PrismaClient;
  let articles: ArticleWorkflowService;
  let editor: Viewer;
  let otherEditor: Viewer;
  let admin: Viewer;
  const publicChanges: PublicChange[] = [];

  beforeAll(async () => {
    prisma = database.prisma;
    articles = new ArticleWorkflowService(prisma, async (change) => {
      publicChanges.push(change);
    });
    editor = (await createSignedInViewer(prisma, 'EDITOR')).viewer;
    otherEditor = (await createSignedInViewer(prisma, 'EDITOR')).viewer;
    admin = (await createSignedInViewer(prisma, 'ADMIN')).viewer;
  });
  beforeEach(async () => {
    await prisma.$executeRawUnsafe('TRUNCATE "Article", "Tag", "AuditEvent" CASCADE');
    publicChanges.length = 0;
  });

  it('creates a draft as version 1 with its links and first revision', async () => {
    const article = await articles.create(editor, content);
    expect(article).toMatchObject({ status: 'DRAFT', version: 1, slug: content.slug });
    const links = await prisma.article.findUniqueOrThrow({
      where: { id: article.id },
      include: {
        tags: { include: { tag: true } },
        indicators: { include: { indicator: true } },
        regions: { include: { region: true } },
      },
    });
    expect(links.tags.map((link) => link.tag.slug).sort()).toEqual(['demand', 'supply']);
    expect(links.indicators.map((link) => link.indicator.code)).toEqual(['top500_rmax_pflops']);
    expect(links.regions.map((link) => link.region.code).sort()).toEqual(['CHN', 'USA']);
    expect(await articles.revisions(editor, article.id)).toEqual([
      expect.objectContaining({
        version: 1,
        title: content.title,
        authorId: editor.kind === 'session' ? editor.user.id : -1,
      }),
    ]);
  });

  it('refuses bad content by field', async () => {
    await expect(articles.create(editor, { ...content, slug: 'Not A Slug' })).rejects.toThrow(
      /slug "Not A Slug"/,
    );
    await expect(
      articles.create(editor, { ...content, regionCodes: ['USA', 'ATL'] }),
    ).rejects.toThrow('unknown region ATL');
    await articles.create(editor, content);
    await expect(articles.create(editor, { ...content, title: 'Other' })).rejects.toThrow(
      /slug "gap-between-demand-and-supply" is taken/,
    );
  });

  it('makes a revision of every save and refuses a stale save with both versions', async () => {
    const created = await articles.create(editor, content);
    const saved = await articles.save(editor, {
      id: created.id,
      baseVersion: 1,
      content: { ...content, body: 'Second version.' },
      message: 'Rewrote the opening',
    });
    expect(saved).toMatchObject({ version: 2 });

    const stale = await articles.save(otherEditor, {
      id: created.id,
      baseVersion: 1,
      content: { ...content, body: 'A concurrent edit.', tags: ['Chips'], regionCodes: ['JPN'] },
      message: null,
    });
    expect(stale).toMatchObject({
      message: expect.stringMatching(
        /changed by EDITOR 1 \(version 2\) since your copy \(version 1\)/,
      ),
      current: {
        version: 2,
        body: 'Second version.',
        authorId: editor.kind === 'session' ? editor.user.id : -1,
        slug: content.slug,
        tags: ['Demand', 'Supply'],
        indicatorCodes: ['top500_rmax_pflops'],
        regionCodes: ['CHN', 'USA'],
      },
      submitted: {
        baseVersion: 1,
        body: 'A concurrent edit.',
        slug: content.slug,
        tags: ['Chips'],
        indicatorCodes: ['top500_rmax_pflops'],
        regionCodes: ['JPN'],
      },
    });
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ version: 2, body: 'Second version.' });
    const history = await articles.revisions(editor, created.id);
    expect(history.map((revision) => [revision.version, revision.body, revision.message])).toEqual([
      [2, 'Second version.', 'Rewrote the opening'],
      [1, content.body, 'Created'],
    ]);
  });

  it('compares two revisions line by line and restores one as a new revision', async () => {
    const created = await articles.create(editor, { ...content, body: 'one\ntwo\nthree' });
    await articles.save(editor, {
      id: created.id,
      baseVersion: 1,
      content: { ...content, body: 'one\n2\nthree' },
      message: null,
    });
    const diff = await articles.diff(editor, created.id, 1, 2);
    expect(diff.body).toEqual([
      { kind: 'UNCHANGED', text: 'one' },
      { kind: 'REMOVED', text: 'two' },
      { kind: 'ADDED', text: '2' },
      { kind: 'UNCHANGED', text: 'three' },
    ]);
    expect(diff.title).toEqual([{ kind: 'UNCHANGED', text: content.title }]);

    expect(
      await articles.restore(editor, { id: created.id, version: 1, baseVersion: 1 }),
    ).toMatchObject({
      current: { version: 2 },
      submitted: { baseVersion: 1, body: 'one\ntwo\nthree' },
    });
    const restored = await articles.restore(editor, { id: created.id, version: 1, baseVersion: 2 });
    expect(restored).toMatchObject({ version: 3, body: 'one\ntwo\nthree' });
    const history = await articles.revisions(editor, created.id);
    expect(history.map((revision) => [revision.version, revision.message])).toEqual([
      [3, 'Restored version 1'],
      [2, null],
      [1, 'Created'],
    ]);
  });

  it('keeps the slug, tags and related indicators and regions in every revision and restores them', async () => {
    const created = await articles.create(editor, content);
    await articles.save(editor, {
      id: created.id,
      baseVersion: 1,
      content: {
        ...content,
        slug: 'demand-and-supply',
        tags: ['supply', 'Chips'],
        indicatorCodes: ['top500_systems'],
        regionCodes: ['USA', 'JPN'],
      },
      message: 'New slug and links',
    });
    const metadata = (revision: {
      slug: string;
      tags: string[];
      indicatorCodes: string[];
      regionCodes: string[];
    }) => [revision.slug, revision.tags, revision.indicatorCodes, revision.regionCodes];
    const firstMetadata = [
      content.slug,
      ['Demand', 'Supply'],
      ['top500_rmax_pflops'],
      ['CHN', 'USA'],
    ];
    // A tag typed in another case is the same tag, kept under its stored name.
    const secondMetadata = [
      'demand-and-supply',
      ['Chips', 'Supply'],
      ['top500_systems'],
      ['JPN', 'USA'],
    ];
    expect((await articles.revisions(editor, created.id)).map(metadata)).toEqual([
      secondMetadata,
      firstMetadata,
    ]);

    const diff = await articles.diff(editor, created.id, 1, 2);
    expect(diff.slug).toEqual([
      { kind: 'REMOVED', text: content.slug },
      { kind: 'ADDED', text: 'demand-and-supply' },
    ]);
    expect(diff.tags).toEqual([
      { kind: 'ADDED', text: 'Chips' },
      { kind: 'REMOVED', text: 'Demand' },
      { kind: 'UNCHANGED', text: 'Supply' },
    ]);
    expect(diff.indicatorCodes).toEqual([
      { kind: 'REMOVED', text: 'top500_rmax_pflops' },
      { kind: 'ADDED', text: 'top500_systems' },
    ]);
    expect(diff.regionCodes).toEqual([
      { kind: 'REMOVED', text: 'CHN' },
      { kind: 'ADDED', text: 'JPN' },
      { kind: 'UNCHANGED', text: 'USA' },
    ]);

    const restored = await articles.restore(editor, { id: created.id, version: 1, baseVersion: 2 });
    expect(restored).toMatchObject({ version: 3, slug: content.slug });
    const [latest] = await articles.revisions(editor, created.id);
    expect(latest && metadata(latest)).toEqual(firstMetadata);
    const links = await prisma.article.findUniqueOrThrow({
      where: { id: created.id },
      include: {
        tags: { include: { tag: true } },
        indicators: { include: { indicator: true } },
        regions: { include: { region: true } },
      },
    });
    expect(links.tags.map((link) => link.tag.name).sort()).toEqual(['Demand', 'Supply']);
    expect(links.indicators.map((link) => link.indicator.code)).toEqual(['top500_rmax_pflops']);
    expect(links.regions.map((link) => link.region.code).sort()).toEqual(['CHN', 'USA']);
  });

  it('refuses to restore a slug that another article took since, naming it', async () => {
    const created = await articles.create(editor, content);
    await articles.save(editor, {
      id: created.id,
      baseVersion: 1,
      content: { ...content, slug: 'demand-and-supply' },
      message: null,
    });
    await articles.create(otherEditor, { ...content, title: 'Another article' });

    const restore = articles.restore(editor, { id: created.id, version: 1, baseVersion: 2 });
    await expect(restore).rejects.toThrow(
      `Version 1 cannot be restored: its slug "${content.slug}" is taken by another article.`,
    );
    await expect(restore).rejects.toSatisfy((error) => codeOf(error) === 'BAD_USER_INPUT');
    expect(await prisma.article.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      version: 2,
      slug: 'demand-and-supply',
    });
  });

  it('refuses the second of two editors who create the same slug at once, naming it', async () => {
    const results = await Promise.allSettled([
      articles.create(editor, content),
      articles.create(otherEditor, { ...content, title: 'Another take' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === 'rejected');
    expect(codeOf(refused?.reason)).toBe('BAD_USER_INPUT');
    expect((refused?.reason as Error).message).toBe(
      `slug "${content.slug}" is taken by another article`,
    );
    expect(await prisma.article.count()).toBe(1);
  });

  it('lets an admin bring an archived article back as a draft, audited', async () => {
    const created = await articles.create(editor, content);
    await articles.publish(admin, created.id, 1);
    await articles.archive(admin, created.id);
    publicChanges.length = 0;

    await expect(articles.unarchive(editor, created.id)).rejects.toSatisfy(
      (error) => codeOf(error) === 'FORBIDDEN',
    );
    const unarchived = await articles.unarchive(admin, created.id);
    expect(unarchived).toMatchObject({ status: 'DRAFT', version: 1 });
    await expect(articles.unarchive(admin, created.id)).rejects.toSatisfy(
      (error) => codeOf(error) === 'INVALID_STATE',
    );
    // Neither archived nor draft articles are public: no page to refresh.
    expect(publicChanges).toEqual([]);

    const saved = await articles.save(editor, {
      id: created.id,
      baseVersion: 1,
      content: { ...content, body: 'Edited again.' },
      message: null,
    });
    expect(saved).toMatchObject({ status: 'DRAFT', version: 2 });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'article.unarchive' },
    });
    expect(event).toMatchObject({
      entityType: 'Article',
      entityId: String(created.id),
      actorUserId: admin.kind === 'session' ? admin.user.id : -1,
      before: { slug: content.slug, status: 'ARCHIVED', version: 1 },
      after: { slug: content.slug, status: 'DRAFT', version: 1 },
    });
  });

  it('moves an article from draft to review to published, and back by unpublishing', async () => {
    const created = await articles.create(editor, content);
    expect(await articles.submit(editor, created.id)).toMatchObject({ status: 'IN_REVIEW' });
    await expect(articles.submit(editor, created.id)).rejects.toSatisfy(
      (error) => codeOf(error) === 'INVALID_STATE',
    );
    await expect(articles.publish(editor, created.id, 1)).rejects.toSatisfy(
      (error) => codeOf(error) === 'FORBIDDEN',
    );
    await expect(articles.publish(admin, created.id, 0)).rejects.toSatisfy(
      (error) => codeOf(error) === 'CONFLICT',
    );
    expect(publicChanges).toEqual([]);

    const published = await articles.publish(admin, created.id, 1);
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(publicChanges).toEqual([{ articles: [content.slug] }]);

    await expect(
      articles.save(editor, { id: created.id, baseVersion: 1, content, message: null }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'INVALID_STATE');
    await articles.save(admin, {
      id: created.id,
      baseVersion: 1,
      content: { ...content, slug: 'renamed' },
      message: null,
    });
    expect(publicChanges.at(-1)).toEqual({ articles: [content.slug, 'renamed'] });

    expect(await articles.unpublish(admin, created.id)).toMatchObject({ status: 'DRAFT' });
    expect(await articles.archive(admin, created.id)).toMatchObject({ status: 'ARCHIVED' });
    await expect(
      articles.restore(admin, { id: created.id, version: 1, baseVersion: 2 }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'INVALID_STATE');
    const log = await prisma.auditEvent.findMany({
      where: { entityType: 'Article' },
      orderBy: { id: 'asc' },
    });
    expect(log.map((event) => [event.action, (event.after as { status: string }).status])).toEqual([
      ['article.create', 'DRAFT'],
      ['article.submit', 'IN_REVIEW'],
      ['article.publish', 'PUBLISHED'],
      ['article.save', 'PUBLISHED'],
      ['article.unpublish', 'DRAFT'],
      ['article.archive', 'ARCHIVED'],
    ]);
  });

  it('shows drafts to editors only', async () => {
    await articles.create(editor, content);
    await expect(articles.list(null, null)).rejects.toSatisfy(
      (error) => codeOf(error) === 'UNAUTHENTICATED',
    );
    await expect(
      articles.list(
        { kind: 'apiKey', apiKeyId: 1, name: 'importer', scopes: ['observations:write'] },
        null,
      ),
    ).rejects.toSatisfy((error) => codeOf(error) === 'FORBIDDEN');
    expect((await articles.list(editor, 'DRAFT')).map((article) => article.slug)).toEqual([
      content.slug,
    ]);
    expect(await articles.list(editor, 'PUBLISHED')).toEqual([]);
  });
});
