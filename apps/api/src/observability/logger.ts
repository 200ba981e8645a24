import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/**
 * One JSON line per event on stdout, so any log collector can parse it without
 * configuration. Secrets that may appear in logged headers are redacted.
 */
export function createLogger(level: LevelWithSilent = 'info'): Logger {
  return pino({
    level,
    base: { service: 'atlas-api', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
      censor: '[redacted]',
    },
  });
}
