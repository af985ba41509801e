// Functions run under their config.json time limit (10–60 s), as in CloudBase, where it
// counts a function's own run. On a loaded test machine wall-clock time is not that: with a
// load average of 20 on two cores an ordinary account call went past 10 s and the emulator
// stopped it, so whether a test passed depended on what else the machine was doing.
// Tests therefore give every function at least TEST_TIME_LIMIT_MS. The limit itself is
// tested in emulator/src/runner/runner.test.ts with its own fixtures, and how long calls
// take is measured by `npm run bench`.
import type { Emulator } from '../../emulator/src'

export const TEST_TIME_LIMIT_MS = 90_000

/** Raises each function's time limit on this emulator (what its pool and `context` use). */
export function relaxTimeLimits(emu: Emulator): void {
  for (const fn of emu.runner.functions()) fn.timeoutMs = Math.max(fn.timeoutMs, TEST_TIME_LIMIT_MS)
}
