// Drives cloud functions through the emulator as a mini-program user would, and reads
// stored state straight from the emulator's database for assertions.
import { randomUUID } from 'crypto'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator-app/start'
import { trackInvocations, type Invocations } from './invocations'
import { relaxTimeLimits } from './time-limits'

export { READ_ROUND_TRIPS as ROUND_TRIP_BUDGET, CHANGE_ROUND_TRIPS as CHANGE_ROUND_TRIP_BUDGET } from '../../shared/src/api/budgets'

export interface Called {
  ok: boolean
  data: any
  error?: { code: string; message: string; fields?: Record<string, string> }
  roundTrips: number
}

/**
 * One emulator per file; every test starts from a fresh demo seed, an empty cloud storage
 * (but the seed's files), no scripted or recorded openapi calls and no fault armed.
 * Functions get a time limit a loaded machine cannot reach (time-limits.ts).
 *
 * A test that times out keeps running after jest has moved on, and its calls would write
 * into the next test's fresh seed. So every function invocation is counted while it runs;
 * when a test ends, new invocations are refused (a test that outlived its timeout stops at
 * its next call) and the running ones are awaited before the database is seeded again.
 */
export function useEmulator(options: Pick<EmulatorOptions, 'maxInstances'> = {}) {
  let emu: Emulator
  let calls: Invocations | undefined
  beforeAll(async () => {
    emu = await startEmulator({ strictIndexes: true, seed: {}, ...options })
    relaxTimeLimits(emu)
    calls = trackInvocations(emu)
  })
  afterEach(async () => {
    calls?.refuse('between tests: a test that already ended (timed out?) is still running')
    await calls?.settled()
  })
  beforeEach(async () => {
    await calls!.settled()
    emu.wire.setFault(null) // a crashBefore that never happened must not crash the next test
    emu.wire.storage.files.clear()
    emu.wire.openapi.reset()
    await emu.reseed()
    calls!.refuse(null)
  })
  afterAll(async () => {
    await calls?.settled()
    await emu?.stop()
  })

  async function call(openid: string, fn: string, action: string, input: unknown, requestId?: string): Promise<Called> {
    const out = await emu.call(fn, { action, input, requestId }, openid)
    if (out.error) throw new Error(`${fn} failed to run: ${out.error.errMsg}`)
    return { ...out.result, roundTrips: out.roundTrips }
  }

  return {
    get emu() {
      return emu
    },
    call,
    /** A change: a fresh requestId unless one is given (to test retries). */
    change: (openid: string, fn: string, action: string, input: unknown, requestId: string = randomUUID()) =>
      call(openid, fn, action, input, requestId),
    find: (collection: string, filter: Record<string, unknown> = {}) => emu.wire.db.collection(collection).find(filter) as any[],
    findOne: (collection: string, filter: Record<string, unknown>) => emu.wire.db.collection(collection).findOne(filter) as any,
  }
}

/** Everything stored, to prove a refused call changed nothing. */
export function snapshot(emu: Emulator): string {
  const db = emu.wire.db
  return JSON.stringify(db.collections().map((c) => [c, db.collection(c).find()]))
}
