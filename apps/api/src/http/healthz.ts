import type { PrismaClient } from '@atlas/db';
import type { RequestHandler } from 'express';

const probeTimeoutMs = 5000;

async function databaseAnswers(prisma: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), probeTimeoutMs);
  });
  const probe = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** 200 when the database answers `SELECT 1` within five seconds, 503 otherwise. */
export function healthzHandler(prisma: PrismaClient): RequestHandler {
  return async (_request, response) => {
    const healthy = await databaseAnswers(prisma);
    response
      .status(healthy ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: healthy ? 'ok' : 'unavailable' });
  };
}
