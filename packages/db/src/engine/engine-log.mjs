/**
 * One log line on stderr in the native engine's format. The Prisma CLI parses every
 * stderr line of the engine as JSON and reads errors from `target` `schema_engine::logger`.
 * @param {'INFO' | 'ERROR'} level
 * @param {{ message: string, error_code?: string }} fields
 */
export function formatLogLine(level, fields) {
  return `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' })}\n`;
}
