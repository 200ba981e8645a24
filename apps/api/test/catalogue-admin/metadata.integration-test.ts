import type { PrismaClient } from '@atlas/db';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer.js';
import { MetadataService } from '../../src/modules/catalogue-admin/metadata-service.js';
import type { PublicChange } from '../../src/changes/public-change.js';
import { createSignedInViewer } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

describe('MetadataService', () => {
  const database = useTestDatabase({ referenceData: true });
  let prisma: PrismaClient;
  let metadata: MetadataService;
  let editor: Viewer;
  const publicChanges: PublicChange[] = [];

  beforeAll(async () => {
    prisma = database.prisma;
    metadata = new MetadataService(prisma, async (change) => {
      publicChanges.push(change);
    });
    editor = (await createSignedInViewer(prisma, 'EDITOR')).viewer;
  });
  beforeEach(async () => {
    await prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"');
    publicChanges.length = 0;
  });

  const auditEvents = () =>
    prisma.auditEvent.findMany({ where: { entityId: 'top500_systems' }, orderBy: { id: 'asc' } });

  it('logs a change with its before and after, and tells the portal what to refresh', async () => {
    const before = await prisma.indicator.findUniqueOrThrow({ where: { code: 'top500_systems' } });
    await metadata.updateIndicator(editor, 'top500_systems', { description: 'Systems listed.' });

    const [event, ...others] = await auditEvents();
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      action: 'indicator.update',
      before: expect.objectContaining({ description: before.description }),
      after: expect.objectContaining({ description: 'Systems listed.' }),
    });
    expect(publicChanges).toEqual([{ indicators: ['top500_systems'], catalogue: true }]);
  });

  it('stores the line breaks a browser sends (CRLF) as LF', async () => {
    await metadata.updateIndicator(editor, 'top500_systems', {
      methodology: 'Count the systems.\r\nGroup them by country.\r\n',
    });
    const stored = await prisma.indicator.findUniqueOrThrow({ where: { code: 'top500_systems' } });
    expect(stored.methodology).toBe('Count the systems.\nGroup them by country.');
  });

  it('neither logs nor announces a save that changes nothing', async () => {
    const current = await prisma.indicator.findUniqueOrThrow({
      where: { code: 'top500_systems' },
    });
    await metadata.updateIndicator(editor, 'top500_systems', {
      name: current.name,
      unit: current.unit,
      description: current.description,
      methodology: current.methodology?.replace(/\n/g, '\r\n') ?? null,
    });
    expect(await auditEvents()).toEqual([]);
    expect(publicChanges).toEqual([]);
  });
});
