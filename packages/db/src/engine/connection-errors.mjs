import { locateDatabase } from './database-url.mjs';

/**
 * A failure the way Prisma reports it: a `P…` error code where one applies, and a message.
 * @typedef {object} PrismaErrorReport
 * @property {string} [errorCode]
 * @property {string} message
 */

/** @type {PrismaErrorReport} */
export const MISSING_DATABASE_URL = {
  message: 'No database URL: set DATABASE_URL, the datasource url of prisma.config.ts.',
};

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Describes a failed connection or database statement with Prisma's codes and wording.
 * @param {unknown} error
 * @param {string} databaseUrl
 * @returns {PrismaErrorReport}
 */
export function describeDatabaseError(error, databaseUrl) {
  const { database, user, server } = locateDatabase(databaseUrl);
  const code = /** @type {{ code?: unknown } | null} */ (error)?.code;
  if (code === '3D000') {
    return {
      errorCode: 'P1003',
      message: `Database \`${database}\` does not exist on the database server at \`${server}\`.`,
    };
  }
  if (code === '42P04') {
    return {
      errorCode: 'P1009',
      message: `Database \`${database}\` already exists on the database server at \`${server}\``,
    };
  }
  if (code === '28P01' || code === '28000') {
    return {
      errorCode: 'P1000',
      message: `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${user}\` are not valid.`,
    };
  }
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
    return {
      errorCode: 'P1001',
      message: `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** An error that already carries Prisma's code and wording. */
export class PrismaReportedError extends Error {
  /** @param {PrismaErrorReport} report */
  constructor(report) {
    super(report.message);
    this.name = 'PrismaReportedError';
    this.report = report;
  }
}
