const DATABASE_COMMANDS = /** @type {const} */ ([
  'can-connect-to-database',
  'create-database',
  'drop-database',
]);

/** @typedef {(typeof DATABASE_COMMANDS)[number]} DatabaseCommand */

/**
 * What the Prisma CLI asked of the schema engine, read from its command line.
 * @typedef {{ mode: 'json-rpc', datamodelPaths: string[], databaseUrl: string | undefined }
 *   | { mode: 'database-command', command: DatabaseCommand, databaseUrl: string | undefined }
 *   | { mode: 'version' }} EngineInvocation
 */

/**
 * Reads the native engine's command line:
 * `[--datamodels FILE]… [--datasource JSON] [--enabled-preview-features LIST] [cli COMMAND]`,
 * or `--version`.
 * @param {readonly string[]} argv
 * @returns {EngineInvocation}
 */
export function parseEngineArguments(argv) {
  if (argv.length === 1 && argv[0] === '--version') return { mode: 'version' };
  /** @type {string[]} */
  const datamodelPaths = [];
  /** @type {string | undefined} */
  let databaseUrl;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = argv[index + 1];
    switch (argument) {
      case '--datamodels':
        datamodelPaths.push(requireValue(argument, value));
        index += 1;
        break;
      case '--datasource':
        databaseUrl = readDatasourceUrl(requireValue(argument, value));
        index += 1;
        break;
      case '--enabled-preview-features':
        // The WebAssembly engine reads preview features from the schema's generator block.
        requireValue(argument, value);
        index += 1;
        break;
      case 'cli':
        return {
          mode: 'database-command',
          command: readDatabaseCommand(value, argv.slice(index + 2)),
          databaseUrl,
        };
      default:
        throw new Error(`Unsupported schema engine argument: ${String(argument)}`);
    }
  }
  return { mode: 'json-rpc', datamodelPaths, databaseUrl };
}

/**
 * @param {string} flag
 * @param {string | undefined} value
 */
function requireValue(flag, value) {
  if (value === undefined) throw new Error(`The schema engine argument ${flag} needs a value.`);
  return value;
}

/** @param {string} json */
function readDatasourceUrl(json) {
  /** @type {unknown} */
  let datasource;
  try {
    datasource = JSON.parse(json);
  } catch {
    throw new Error('The schema engine argument --datasource is not valid JSON.');
  }
  if (typeof datasource !== 'object' || datasource === null) {
    throw new Error('The schema engine argument --datasource must be a JSON object.');
  }
  const { url, shadowDatabaseUrl } = /** @type {{ url?: unknown, shadowDatabaseUrl?: unknown }} */ (
    datasource
  );
  if (shadowDatabaseUrl !== undefined) {
    throw new Error(
      'shadowDatabaseUrl is not supported: migrate dev creates and drops its own shadow database.',
    );
  }
  return typeof url === 'string' && url !== '' ? url : undefined;
}

/**
 * @param {string | undefined} command
 * @param {readonly string[]} rest
 * @returns {DatabaseCommand}
 */
function readDatabaseCommand(command, rest) {
  const known = DATABASE_COMMANDS.find((candidate) => candidate === command);
  if (!known || rest.length > 0) {
    throw new Error(`Unsupported schema engine command: cli ${[command, ...rest].join(' ')}`);
  }
  return known;
}
