import type { PrismaClient } from '@atlas/db';

/** Failed sign-ins are counted over this sliding window. */
export const throttleWindowMs = 15 * 60 * 1000;
/** Failures allowed per email (since its last success) and per client address within the window. */
export const maxFailuresPerEmail = 5;
export const maxFailuresPerAddress = 20;

/**
 * When the next attempt for this email or address may be made, or null when it may be made now.
 * Guessing is slowed per account and per address, so neither many passwords against one
 * account nor one password against many accounts gets far.
 */
export async function nextAllowedSignIn(
  prisma: PrismaClient,
  { email, ip, now }: { email: string; ip: string; now: Date },
): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - throttleWindowMs);
  const lastSuccess = await prisma.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const [byEmail, byAddress] = await Promise.all([
    limitReachedUntil(
      prisma,
      { email, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
      maxFailuresPerEmail,
    ),
    limitReachedUntil(prisma, { ip, createdAt: { gt: windowStart } }, maxFailuresPerAddress),
  ]);
  if (byEmail && byAddress) return byEmail > byAddress ? byEmail : byAddress;
  return byEmail ?? byAddress;
}

async function limitReachedUntil(
  prisma: PrismaClient,
  where: { email?: string; ip?: string; createdAt: { gt: Date } },
  limit: number,
): Promise<Date | null> {
  const failures = await prisma.signInAttempt.findMany({
    where: { ...where, succeeded: false },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { createdAt: true },
  });
  const oldestCounted = failures[limit - 1];
  return oldestCounted ? new Date(oldestCounted.createdAt.getTime() + throttleWindowMs) : null;
}

export async function recordSignInAttempt(
  prisma: PrismaClient,
  { now, ...attempt }: { email: string; ip: string; succeeded: boolean; now: Date },
): Promise<void> {
  await prisma.signInAttempt.create({ data: { ...attempt, createdAt: now } });
  if (attempt.succeeded) {
    // Attempts older than a day no longer count for anything.
    await prisma.signInAttempt.deleteMany({
      where: { createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
    });
  }
}
