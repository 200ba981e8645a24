import type { PrismaClient } from '@atlas/db';
import { ApiKeyService } from '../../src/modules/auth/api-key-service.js';

/** An API key allowed to import observations, owned by a new user; returns its secret. */
export async function createImportKey(
  prisma: PrismaClient,
  name = 'test import key',
): Promise<string> {
  const user = await prisma.user.create({
    data: {
      email: `${name.replace(/\W+/g, '-')}-${Date.now()}@example.org`,
      name,
      passwordHash: 'unused',
    },
  });
  const { secret } = await new ApiKeyService(prisma).create(
    { name, scopes: ['observations:write'] },
    { userId: user.id, apiKeyId: null },
  );
  return secret;
}

/** Imports observations through the API's CSV endpoint, as a machine client does. */
export async function importObservations(baseUrl: URL, secret: string, csv: string): Promise<void> {
  const response = await fetch(new URL('/import', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${secret}` },
    body: csv,
  });
  if (response.status !== 200) {
    throw new Error(`Import failed with ${response.status}: ${await response.text()}`);
  }
}
