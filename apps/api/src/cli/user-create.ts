import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createPrismaClient, parseDatabaseUrl } from '@atlas/db';
import { UserService, UserInputError } from '../modules/auth/user-service.js';
import type { Role } from '../modules/auth/viewer.js';
import { commandDatabaseUrl } from './database-url.js';

const usage = `Usage: pnpm user:create --email EMAIL [--role editor|admin] [--name NAME]
The password comes from ATLAS_USER_PASSWORD, or is asked for when run in a terminal.
The database is DATABASE_URL, or the embedded one of a running \`pnpm start\`.`;

/** Reads a line without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const terminal = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
  });
  const output = terminal as unknown as { _writeToOutput: (text: string) => void };
  const write = output._writeToOutput.bind(terminal);
  output._writeToOutput = (text) => write(text.startsWith(question) ? text : '');
  try {
    return await terminal.question(question);
  } finally {
    process.stdout.write('\n');
    terminal.close();
  }
}

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.ATLAS_USER_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY)
    throw new UserInputError(
      'set ATLAS_USER_PASSWORD, or run the command in a terminal to type the password',
    );
  const password = await promptHidden('Password: ');
  if ((await promptHidden('Repeat the password: ')) !== password)
    throw new UserInputError('the two passwords differ');
  return password;
}

function parseRole(raw: string): Role {
  const role = raw.toUpperCase();
  if (role !== 'EDITOR' && role !== 'ADMIN')
    throw new UserInputError(`role must be editor or admin, not "${raw}"`);
  return role;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (!values.email) throw new UserInputError(`--email is required\n${usage}`);
  const role = parseRole(values.role);
  const password = await readPassword();
  const prisma = createPrismaClient(parseDatabaseUrl(await commandDatabaseUrl(process.env)));
  try {
    const name = values.name ?? values.email.split('@')[0] ?? values.email;
    const user = await new UserService(prisma).create(
      { email: values.email, name, role, password },
      null,
    );
    console.log(`Created ${user.role.toLowerCase()} ${user.email} (id ${user.id}).`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`user:create: ${(error as Error).message}`);
  process.exit(1);
});
