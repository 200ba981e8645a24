import type { Indicator, Pillar, Prisma, PrismaClient, Region, Source } from '@atlas/db';
import { recordAuditEvent } from '../audit/audit-log.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import type { PublicChange, PublicChangeListener } from '../../changes/public-change.js';
import { badUserInput } from '../../errors.js';
import { doesNotExist } from '../common/request-errors.js';
import { requiredText as required, withUnixLineBreaks } from '../common/form-text.js';

export interface IndicatorMetadataInput {
  name?: string | null;
  unit?: string | null;
  description?: string | null;
  methodology?: string | null;
  higherIsBetter?: boolean | null;
  pillarCode?: string | null;
}

export interface PillarMetadataInput {
  name?: string | null;
  description?: string | null;
  position?: number | null;
  indexWeight?: number | null;
}

export interface RegionMetadataInput {
  name?: string | null;
  description?: string | null;
}

export interface SourceInput {
  title?: string | null;
  publisher?: string | null;
  year?: number | null;
  url?: string | null;
  excerpt?: string | null;
}

type Json = Prisma.InputJsonValue;

/**
 * Editing of the reference data around observations. Fields left out (undefined) stay as
 * they are; null clears the fields that may be empty. Every change is in the audit log.
 */
export class MetadataService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly onPublicChange: PublicChangeListener,
  ) {}

  async listSources(viewer: Viewer | null): Promise<Source[]> {
    requireRole(viewer, 'EDITOR', 'list sources in the studio');
    return this.prisma.source.findMany({ orderBy: { key: 'asc' } });
  }

  async updateIndicator(
    viewer: Viewer | null,
    code: string,
    input: IndicatorMetadataInput,
  ): Promise<Indicator> {
    const user = requireRole(viewer, 'EDITOR', 'edit indicators');
    const before = await this.prisma.indicator.findUnique({ where: { code } });
    if (!before) throw doesNotExist(`Indicator ${code}`);
    let pillarId: number | undefined;
    if (input.pillarCode != null) {
      const pillar = await this.prisma.pillar.findUnique({ where: { code: input.pillarCode } });
      if (!pillar) throw badUserInput(`unknown pillar "${input.pillarCode}"`);
      pillarId = pillar.id;
    }
    const data: Prisma.IndicatorUncheckedUpdateInput = {
      name: required('name', input.name),
      unit: required('unit', input.unit),
      description: required('description', input.description),
      methodology: optional(input.methodology),
      higherIsBetter: input.higherIsBetter,
      pillarId,
    };
    return this.audited(
      user.id,
      'indicator.update',
      'Indicator',
      code,
      before,
      { indicators: [code], catalogue: true },
      (tx) => tx.indicator.update({ where: { code }, data }),
    );
  }

  async updatePillar(
    viewer: Viewer | null,
    code: string,
    input: PillarMetadataInput,
  ): Promise<Pillar> {
    const user = requireRole(viewer, 'EDITOR', 'edit pillars');
    const before = await this.prisma.pillar.findUnique({ where: { code } });
    if (!before) throw doesNotExist(`Pillar ${code}`);
    if (input.indexWeight != null && !(input.indexWeight >= 0))
      throw badUserInput('indexWeight must be zero or more');
    if (input.position === null) throw badUserInput('position cannot be empty');
    const data: Prisma.PillarUpdateInput = {
      name: required('name', input.name),
      description: required('description', input.description),
      position: input.position,
      indexWeight: input.indexWeight,
    };
    return this.audited(
      user.id,
      'pillar.update',
      'Pillar',
      code,
      before,
      { catalogue: true },
      (tx) => tx.pillar.update({ where: { code }, data }),
    );
  }

  async updateRegion(
    viewer: Viewer | null,
    code: string,
    input: RegionMetadataInput,
  ): Promise<Region> {
    const user = requireRole(viewer, 'EDITOR', 'edit regions');
    const before = await this.prisma.region.findUnique({ where: { code } });
    if (!before) throw doesNotExist(`Region ${code}`);
    const data: Prisma.RegionUpdateInput = {
      name: required('name', input.name),
      description: optional(input.description),
    };
    return this.audited(user.id, 'region.update', 'Region', code, before, { regions: true }, (tx) =>
      tx.region.update({ where: { code }, data }),
    );
  }

  async updateSource(viewer: Viewer | null, key: string, input: SourceInput): Promise<Source> {
    const user = requireRole(viewer, 'EDITOR', 'edit sources');
    const before = await this.prisma.source.findUnique({ where: { key } });
    if (!before) throw doesNotExist(`Source ${key}`);
    const data = sourceData(input);
    const citing = await this.prisma.indicatorSource.findMany({
      where: { sourceId: before.id },
      select: { indicator: { select: { code: true } } },
    });
    const indicators = citing.map((link) => link.indicator.code);
    return this.audited(user.id, 'source.update', 'Source', key, before, { indicators }, (tx) =>
      tx.source.update({ where: { key }, data }),
    );
  }

  async createSource(viewer: Viewer | null, key: string, input: SourceInput): Promise<Source> {
    const user = requireRole(viewer, 'EDITOR', 'add sources');
    const trimmedKey = key.trim();
    if (!/^[a-z0-9][a-z0-9_.-]{0,79}$/.test(trimmedKey)) {
      throw badUserInput(
        `source key "${key}" must be 1 to 80 lowercase letters, digits, "_", "." or "-"`,
      );
    }
    if (await this.prisma.source.findUnique({ where: { key: trimmedKey } }))
      throw badUserInput(`source "${trimmedKey}" already exists`);
    const data = sourceData(input);
    if (!data.title || !data.publisher || !data.url || !data.excerpt) {
      throw badUserInput('a new source needs a title, publisher, url and excerpt');
    }
    const create: Prisma.SourceCreateInput = {
      key: trimmedKey,
      title: data.title,
      publisher: data.publisher,
      url: data.url,
      excerpt: data.excerpt,
      year: data.year,
    };
    return this.audited(user.id, 'source.create', 'Source', trimmedKey, null, {}, (tx) =>
      tx.source.create({ data: create }),
    );
  }

  private async audited<T extends object>(
    userId: number,
    action: string,
    entityType: string,
    entityId: string,
    before: T | null,
    publicChange: PublicChange,
    write: (tx: Prisma.TransactionClient) => Promise<T>,
  ): Promise<T> {
    let changed = true;
    const result = await this.prisma.$transaction(async (tx) => {
      const after = await write(tx);
      const [beforeRecord, afterRecord] = [before && auditedRecord(before), auditedRecord(after)];
      // A save that changes nothing is neither logged nor announced.
      changed = JSON.stringify(beforeRecord) !== JSON.stringify(afterRecord);
      if (changed) {
        await recordAuditEvent(
          tx,
          { userId, apiKeyId: null },
          { action, entityType, entityId, before: beforeRecord, after: afterRecord },
        );
      }
      return after;
    });
    if (changed) await this.onPublicChange(publicChange);
    return result;
  }
}

/** The fields of a source input, checked: strings trimmed and non-empty, the URL http(s), a sensible year. */
function sourceData(input: SourceInput) {
  if (input.url != null && !isHttpUrl(input.url.trim()))
    throw badUserInput(`url "${input.url}" must be an http or https address`);
  if (
    input.year != null &&
    (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2200)
  ) {
    throw badUserInput(`year ${input.year} must be a whole year between 1900 and 2200`);
  }
  return {
    title: required('title', input.title),
    publisher: required('publisher', input.publisher),
    url: required('url', input.url),
    excerpt: required('excerpt', input.excerpt),
    year: input.year,
  };
}

function optional(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return (value && withUnixLineBreaks(value).trim()) || null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

// Dates become ISO strings; ids and timestamps of the row itself add nothing to the log.
function auditedRecord(record: object): Json {
  const skipped = new Set(['id', 'createdAt', 'updatedAt']);
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !skipped.has(key))
      .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  ) as Json;
}
