import { createTestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAs, signInOverHttp, type HttpSession } from './auth/http-session.js';
import { createSignedInViewer } from './support/fixtures.js';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { startApi, type TestApi } from './support/test-api.js';

// A database of its own: the tests edit terms and add an article.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let api: TestApi;
let editor: HttpSession;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  const account = await createSignedInViewer(database.prisma, 'EDITOR');
  api = await startApi(database.prisma);
  editor = await signInOverHttp(api.baseUrl, account.user.email, 'correct horse battery');
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

interface TermResult {
  slug: string;
  term: string;
  definition: string;
  version: number;
  seeAlso: { slug: string }[];
  indicator: { code: string } | null;
}

const termFields = 'slug term definition version seeAlso { slug } indicator { code }';

const updateMutation = `mutation($slug: String!, $baseVersion: Int!, $input: GlossaryTermInput!) {
  updateGlossaryTerm(slug: $slug, baseVersion: $baseVersion, input: $input) { ${termFields} }
}`;

const createMutation = `mutation($slug: String!, $input: GlossaryTermInput!) {
  createGlossaryTerm(slug: $slug, input: $input) { ${termFields} }
}`;

describe('glossary queries', () => {
  it('lists every term alphabetically, with its related terms and indicator', async () => {
    const { glossaryTerms } = await queryData<{ glossaryTerms: TermResult[] }>(
      api.baseUrl,
      `{ glossaryTerms { ${termFields} } }`,
    );
    const stored = await database.prisma.glossaryTerm.findMany({ include: { indicator: true } });
    expect(glossaryTerms.length).toBe(stored.length);
    expect(glossaryTerms.length).toBeGreaterThanOrEqual(45);
    const terms = glossaryTerms.map((entry) => entry.term);
    const alphabetical = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(terms).toEqual([...terms].sort(alphabetical.compare));
    expect(terms.indexOf('FP8')).toBeLessThan(terms.indexOf('FP16'));
    expect(terms.indexOf('Fixed broadband')).toBeLessThan(terms.indexOf('FLOPS'));
    const pue = stored.find((row) => row.slug === 'pue');
    expect(glossaryTerms.find((entry) => entry.slug === 'pue')).toEqual({
      slug: 'pue',
      term: pue?.term,
      definition: pue?.definition,
      version: 1,
      seeAlso: pue?.seeAlso.map((slug) => ({ slug })),
      indicator: { code: 'dc_pue_avg' },
    });
  });

  it('reads one term by slug, and answers NOT_FOUND for an unknown slug', async () => {
    const { glossaryTerm } = await queryData<{ glossaryTerm: TermResult }>(
      api.baseUrl,
      `{ glossaryTerm(slug: "rmax") { ${termFields} } }`,
    );
    expect(glossaryTerm).toMatchObject({ slug: 'rmax', term: 'Rmax' });
    const unknown = await postGraphql(
      api.baseUrl,
      '{ glossaryTerm(slug: "no-such-term") { slug } }',
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors?.[0]?.message).toBe('Glossary term no-such-term does not exist.');
  });

  it("gives the terms an article's body and an indicator's description mark, each once", async () => {
    await database.prisma.article.create({
      data: {
        slug: 'marked-terms',
        title: 'Marked',
        summary: 'Marks terms.',
        body: 'Its :term[PUE] and :term[Rmax]; again :term[power use]{slug="pue"}; :term[gone]{slug="no-such-term"}.',
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    const data = await queryData<{
      article: { glossaryTerms: { slug: string }[] };
      indicator: { glossaryTerms: { slug: string; definition: string }[] };
    }>(
      api.baseUrl,
      `{ article(slug: "marked-terms") { glossaryTerms { slug } }
         indicator(code: "dc_pue_avg") { glossaryTerms { slug definition } } }`,
    );
    expect(data.article.glossaryTerms).toEqual([{ slug: 'pue' }, { slug: 'rmax' }]);
    expect(data.indicator.glossaryTerms.map((term) => term.slug)).toEqual(['pue']);
  });
});

describe('glossary editing', () => {
  it('refuses anonymous edits', async () => {
    const response = await postGraphql(api.baseUrl, updateMutation, {
      slug: 'hpcg',
      baseVersion: 1,
      input: { definition: 'Changed.' },
    });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it("saves an editor's update as a new version, in the audit log", async () => {
    const response = await graphqlAs<{ updateGlossaryTerm: TermResult }>(
      api.baseUrl,
      editor,
      updateMutation,
      {
        slug: 'hpl',
        baseVersion: 1,
        input: { definition: '  The benchmark of the TOP500 list.\r\n', seeAlso: ['rmax', 'hpcg'] },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateGlossaryTerm).toMatchObject({
      slug: 'hpl',
      definition: 'The benchmark of the TOP500 list.',
      version: 2,
      seeAlso: [{ slug: 'rmax' }, { slug: 'hpcg' }],
    });
    const [event, ...others] = await database.prisma.auditEvent.findMany({
      where: { entityType: 'GlossaryTerm', entityId: 'hpl' },
    });
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      action: 'glossary.update',
      before: expect.objectContaining({ version: 1 }),
      after: expect.objectContaining({
        definition: 'The benchmark of the TOP500 list.',
        version: 2,
      }),
    });
  });

  it('refuses a save based on an old version with CONFLICT, and writes nothing', async () => {
    const saved = await graphqlAs(api.baseUrl, editor, updateMutation, {
      slug: 'rpeak',
      baseVersion: 1,
      input: { term: 'Rpeak' },
    });
    expect(saved.errors).toBeUndefined();
    const before = await database.prisma.glossaryTerm.findUniqueOrThrow({
      where: { slug: 'rpeak' },
    });

    const stale = await graphqlAs(api.baseUrl, editor, updateMutation, {
      slug: 'rpeak',
      baseVersion: 1,
      input: { definition: 'Lost update.' },
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect(
      await database.prisma.glossaryTerm.findUniqueOrThrow({ where: { slug: 'rpeak' } }),
    ).toEqual(before);
  });

  it('lets only one of two saves based on the same version through', async () => {
    const save = (definition: string) =>
      graphqlAs(api.baseUrl, editor, updateMutation, {
        slug: 'hbm',
        baseVersion: 1,
        input: { definition },
      });
    const results = await Promise.all([save('First.'), save('Second.')]);
    expect(results.map(errorCodes).sort()).toEqual([[], ['CONFLICT']]);
    expect(
      await database.prisma.glossaryTerm.findUniqueOrThrow({ where: { slug: 'hbm' } }),
    ).toMatchObject({ version: 2 });
  });

  it('answers NOT_FOUND for an update of an unknown slug', async () => {
    const response = await graphqlAs(api.baseUrl, editor, updateMutation, {
      slug: 'no-such-term',
      baseVersion: 1,
      input: { definition: 'x' },
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('adds a term, and refuses a taken slug, an unknown related term or an empty definition', async () => {
    const created = await graphqlAs<{ createGlossaryTerm: TermResult }>(
      api.baseUrl,
      editor,
      createMutation,
      {
        slug: 'petaflops',
        input: {
          term: 'Petaflops',
          definition: 'A thousand times less than an exaflops.',
          seeAlso: ['exaflops'],
          indicatorCode: 'top500_rmax_pflops',
        },
      },
    );
    expect(created.data?.createGlossaryTerm).toMatchObject({
      slug: 'petaflops',
      version: 1,
      seeAlso: [{ slug: 'exaflops' }],
      indicator: { code: 'top500_rmax_pflops' },
    });
    for (const [slug, input, message] of [
      ['petaflops', { term: 'P', definition: 'D' }, 'glossary term "petaflops" already exists'],
      [
        'teraflops',
        { term: 'T', definition: 'D', seeAlso: ['zettaflops'] },
        'unknown related terms: zettaflops',
      ],
      ['teraflops', { term: 'T', definition: ' ' }, 'definition cannot be empty'],
      [
        'Tera Flops',
        { term: 'T', definition: 'D' },
        'slug "Tera Flops" must be lower-case words joined by hyphens',
      ],
    ] as const) {
      const refused = await graphqlAs(api.baseUrl, editor, createMutation, { slug, input });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.message).toBe(message);
    }
  });
});
