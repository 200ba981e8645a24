/**
 * Times the parsing of all 49 TOP500 list files in prisma/data/raw/top500 (24,500 systems and
 * their derived observations): wall time per file and in total, CPU time and peak memory.
 * Usage: pnpm --filter @atlas/importers bench:top500
 */
import { cpuUsage, memoryUsage } from 'node:process';
import { importTop500List } from '../src/top500/import-top500-list.ts';
import { rawFile, top500ListPaths } from '../src/testing/raw-files.ts';

const paths = top500ListPaths();
const files = paths.map(rawFile);
const cpuBefore = cpuUsage();
const started = performance.now();
let systems = 0;
let observations = 0;
let peakRss = memoryUsage().rss;
const perFile: number[] = [];
for (const file of files) {
  const fileStarted = performance.now();
  const result = importTop500List(file);
  perFile.push(performance.now() - fileStarted);
  if (result.errors.length > 0) throw new Error(`${file.fileName}: ${result.errors[0]?.message}`);
  systems += result.systems.length;
  observations += result.observations.length;
  peakRss = Math.max(peakRss, memoryUsage().rss);
}
const wall = performance.now() - started;
const cpu = cpuUsage(cpuBefore);
const sorted = [...perFile].sort((a, b) => a - b);
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`${files.length} lists: ${systems} systems, ${observations} observations`);
console.log(
  `wall ${ms(wall)} (per file: median ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)}, max ${ms(sorted.at(-1) ?? 0)})`,
);
console.log(
  `cpu ${ms((cpu.user + cpu.system) / 1000)}; peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
);
