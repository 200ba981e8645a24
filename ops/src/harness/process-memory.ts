import { readFile, readdir } from 'node:fs/promises';

async function statusField(pid: number, field: string): Promise<string | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return status.match(new RegExp(`^${field}:\\s*(.+)$`, 'm'))?.[1];
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Resident memory of one process, in bytes (0 once it has ended). */
export async function residentBytes(pid: number): Promise<number> {
  const value = await statusField(pid, 'VmRSS');
  return value ? Number.parseInt(value, 10) * 1024 : 0;
}

async function childrenOf(pid: number): Promise<number[]> {
  const entries = await readdir('/proc');
  const children: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = await statusField(Number(entry), 'PPid');
    if (ppid !== undefined && Number(ppid) === pid) children.push(Number(entry));
  }
  return children;
}

/**
 * Resident memory of a process and all its descendants: `pnpm`/`next start` run the
 * real server as a child, and the child is what grows.
 */
export async function treeResidentBytes(pid: number): Promise<number> {
  let total = await residentBytes(pid);
  for (const child of await childrenOf(pid)) total += await treeResidentBytes(child);
  return total;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function commandLine(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The first descendant of `pid` (depth first) whose command line contains `fragment`. */
export async function findDescendant(pid: number, fragment: string): Promise<number | undefined> {
  for (const child of await childrenOf(pid)) {
    if ((await commandLine(child)).includes(fragment)) return child;
    const deeper = await findDescendant(child, fragment);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}
