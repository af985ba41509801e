import { performance } from 'node:perf_hooks'

/** How long one slice of saving work may hold the event loop before letting requests in. */
export const SLICE_MS = 4

export const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Runs `each` over `items`, giving the event loop a turn every SLICE_MS. */
export async function sliced<T>(items: Iterable<T>, each: (item: T, index: number) => void | Promise<void>): Promise<void> {
  let deadline = performance.now() + SLICE_MS
  let i = 0
  for (const item of items) {
    const pending = each(item, i++)
    if (pending) await pending
    if (performance.now() > deadline) {
      await yieldTurn()
      deadline = performance.now() + SLICE_MS
    }
  }
}

/** A data file that cannot be read safely: names the file and says what to do about it. */
export class DataFileError extends Error {
  constructor(readonly file: string, problem: string) {
    super(
      `emulator: cannot load ${file}: ${problem}. The emulator will not start on data it cannot read in full. ` +
        `Restore the file from a backup, or move it and the journal files beside it (<data file>.journal.*) ` +
        `out of the way to start from an empty database (npm start -- --fresh does this for .emulator/).`,
    )
    this.name = 'DataFileError'
  }
}
