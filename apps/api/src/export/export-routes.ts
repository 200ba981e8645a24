import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ObservationStatus, type PrismaClient } from '@atlas/db';
import { stringify } from 'csv-stringify';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { ApiError, badUserInput } from '../errors.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { CatalogueCache } from '../catalogue/catalogue-cache.js';
import { createLoaders } from '../loaders/request-loaders.js';
import {
  observationWhere,
  type ObservationSelection,
} from '../modules/observations/observation-filter.js';
import { exportColumns, observationRecords } from './observation-records.js';
import { publicMaxAgeSeconds } from '../caching/public-caching.js';

/** Who is asking, after the rate limit has counted the request (throws RATE_LIMITED). */
export type RequestGuard = (req: Request, res: Response) => Promise<Viewer | null>;

const statusByCode: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404 };

function sendError(res: Response, error: GraphQLError): void {
  const http = error.extensions.http as
    { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const code = String(error.extensions.code);
  res.status(http?.status ?? statusByCode[code] ?? 400).json({
    errors: [{ message: error.message, extensions: { code } }],
  });
}

/** A comma-separated list parameter; absent means no filter. */
function listParameter(req: Request, name: string): string[] | null {
  const raw = req.query[name];
  if (raw === undefined) return null;
  if (typeof raw !== 'string')
    throw badUserInput(`${name} must be given once, as a comma-separated list`, name);
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function textParameter(req: Request, name: string): string | null {
  const raw = req.query[name];
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw badUserInput(`${name} must be given once`, name);
  return raw;
}

function selectionOf(req: Request): ObservationSelection {
  const statuses = listParameter(req, 'status')?.map((status) => status.toUpperCase());
  const known = Object.values(ObservationStatus) as string[];
  const unknown = statuses?.filter((status) => !known.includes(status)) ?? [];
  if (unknown.length > 0) {
    throw badUserInput(
      `status must be among ${known.join(', ')}; got ${unknown.join(', ')}`,
      'status',
    );
  }
  return {
    indicators: listParameter(req, 'indicators'),
    regions: listParameter(req, 'regions'),
    from: textParameter(req, 'from'),
    to: textParameter(req, 'to'),
    status: statuses as ObservationStatus[] | undefined,
  };
}

/** Writes and waits while the reader is behind, so a slow client never makes memory grow. */
async function write(stream: Writable, chunk: unknown): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * `GET /export/observations.csv` and `/export/observations.json`: the stored observations
 * matching `indicators`, `regions` (comma-separated codes), `from`, `to` (periods) and `status`,
 * with the source of each value, streamed page by page.
 */
export function createExportRoutes(
  prisma: PrismaClient,
  catalogue: CatalogueCache,
  guard: RequestGuard,
): express.Router {
  const router = express.Router();
  router.get('/export/observations.:format', async (req, res) => {
    const { format } = req.params;
    if (format !== 'csv' && format !== 'json') {
      sendError(res, new ApiError('NOT_FOUND', `Exports come as .csv or .json, not .${format}`));
      return;
    }
    let viewer: Viewer | null;
    let where;
    try {
      viewer = await guard(req, res);
      where = await observationWhere(createLoaders(prisma, catalogue), selectionOf(req));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      sendError(res, error);
      return;
    }

    res.set({
      'Content-Type':
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="observations.${format}"`,
      'Cache-Control': viewer === null ? `max-age=${publicMaxAgeSeconds}, public` : 'no-store',
    });
    const pages = observationRecords(prisma, where);
    if (format === 'csv') {
      const csv = stringify({ header: true, columns: [...exportColumns] });
      csv.pipe(res);
      for await (const records of pages) {
        if (res.destroyed) break;
        for (const record of records) await write(csv, record);
      }
      csv.end();
      return;
    }
    let first = true;
    await write(res, '[');
    for await (const records of pages) {
      if (res.destroyed) break;
      for (const record of records) {
        await write(res, `${first ? '' : ','}\n${JSON.stringify(record)}`);
        first = false;
      }
    }
    res.end('\n]\n');
  });
  return router;
}
