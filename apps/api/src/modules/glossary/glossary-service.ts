import { isGlossarySlug } from '@atlas/domain';
import type { GlossaryTerm, Prisma, PrismaClient } from '@atlas/db';
import type { PublicChangeListener } from '../../changes/public-change.js';
import { ApiError, badUserInput } from '../../errors.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { requireRole, userActor, type Viewer } from '../auth/viewer.js';
import { requiredText } from '../common/form-text.js';
import { doesNotExist } from '../common/request-errors.js';

export interface GlossaryTermInput {
  term?: string | null;
  definition?: string | null;
  seeAlso?: readonly string[] | null;
  indicatorCode?: string | null;
}

/** The columns an input sets; undefined leaves a column as it is. */
interface GlossaryTermFields {
  term?: string;
  definition?: string;
  seeAlso?: string[];
  indicatorId?: number | null;
}

/**
 * Editing of the glossary by editors and admins. Updates are optimistic: each names the version
 * it was based on, and a save over a newer version is refused with CONFLICT. Every change is in
 * the audit log and refreshes the pages that show terms.
 */
export class GlossaryService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly onPublicChange: PublicChangeListener,
  ) {}

  async create(
    viewer: Viewer | null,
    slug: string,
    input: GlossaryTermInput,
  ): Promise<GlossaryTerm> {
    const user = requireRole(viewer, 'EDITOR', 'add glossary terms');
    if (!isGlossarySlug(slug))
      throw badUserInput(`slug "${slug}" must be lower-case words joined by hyphens`, 'slug');
    const fields = await this.checkedFields(slug, input);
    if (fields.term === undefined || fields.definition === undefined)
      throw badUserInput('a new term needs a term and a definition', 'input');
    const { term, definition } = fields;
    const created = await this.prisma.$transaction(async (tx) => {
      if (await tx.glossaryTerm.findUnique({ where: { slug } }))
        throw badUserInput(`glossary term "${slug}" already exists`, 'slug');
      const row = await tx.glossaryTerm.create({
        data: { seeAlso: fields.seeAlso, indicatorId: fields.indicatorId, slug, term, definition },
      });
      await recordAuditEvent(tx, userActor(user), {
        action: 'glossary.create',
        entityType: 'GlossaryTerm',
        entityId: slug,
        after: auditedRecord(row),
      });
      return row;
    });
    await this.onPublicChange({ glossary: true });
    return created;
  }

  async update(
    viewer: Viewer | null,
    slug: string,
    baseVersion: number,
    input: GlossaryTermInput,
  ): Promise<GlossaryTerm> {
    const user = requireRole(viewer, 'EDITOR', 'edit glossary terms');
    const fields = await this.checkedFields(slug, input);
    const updated = await this.prisma.$transaction(async (tx) => {
      // The row lock keeps a concurrent save from slipping between the check and the write.
      const [before] = await tx.$queryRaw<GlossaryTerm[]>`
        SELECT * FROM "GlossaryTerm" WHERE "slug" = ${slug} FOR UPDATE`;
      if (!before) throw doesNotExist(`Glossary term ${slug}`);
      if (before.version !== baseVersion) {
        throw new ApiError(
          'CONFLICT',
          `Not saved: the term "${slug}" is at version ${before.version}, not the version ${baseVersion} you loaded. Load it again.`,
          { currentVersion: before.version, expectedVersion: baseVersion },
        );
      }
      const after = await tx.glossaryTerm.update({
        where: { slug },
        data: { ...fields, version: { increment: 1 } },
      });
      await recordAuditEvent(tx, userActor(user), {
        action: 'glossary.update',
        entityType: 'GlossaryTerm',
        entityId: slug,
        before: auditedRecord(before),
        after: auditedRecord(after),
      });
      return after;
    });
    await this.onPublicChange({ glossary: true });
    return updated;
  }

  /** The input as columns: texts trimmed and required, related terms and indicator existing. */
  private async checkedFields(slug: string, input: GlossaryTermInput): Promise<GlossaryTermFields> {
    const seeAlso = input.seeAlso == null ? undefined : [...new Set(input.seeAlso)];
    if (seeAlso?.includes(slug)) throw badUserInput('a term cannot see also itself', 'input');
    if (seeAlso?.length) {
      const found = await this.prisma.glossaryTerm.findMany({
        where: { slug: { in: seeAlso } },
        select: { slug: true },
      });
      const known = new Set(found.map((row) => row.slug));
      const unknown = seeAlso.filter((related) => !known.has(related));
      if (unknown.length > 0)
        throw badUserInput(`unknown related terms: ${unknown.join(', ')}`, 'input');
    }
    let indicatorId: number | null | undefined;
    if (input.indicatorCode === null) indicatorId = null;
    else if (input.indicatorCode !== undefined) {
      const indicator = await this.prisma.indicator.findUnique({
        where: { code: input.indicatorCode },
      });
      if (!indicator) throw badUserInput(`unknown indicator "${input.indicatorCode}"`, 'input');
      indicatorId = indicator.id;
    }
    return {
      term: requiredText('term', input.term),
      definition: requiredText('definition', input.definition),
      seeAlso,
      indicatorId,
    };
  }
}

// The row as the audit log keeps it: the fields an editor changes.
function auditedRecord(row: GlossaryTerm): Prisma.InputJsonValue {
  const { term, definition, seeAlso, indicatorId, version } = row;
  return { term, definition, seeAlso, indicatorId, version };
}
