/**
 * Polls `probe` (a throw counts as "not yet") until it returns true; throws
 * `failure()` after `timeoutMs`, or at once when `giveUp()` says waiting is pointless.
 */
export async function waitFor(
  probe: () => Promise<boolean>,
  options: {
    timeoutMs: number;
    intervalMs?: number;
    giveUp?: () => boolean;
    failure: () => string;
  },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline || options.giveUp?.()) throw new Error(options.failure());
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}
