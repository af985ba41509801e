// Drives cloud functions through the emulator as a mini-program user would, and reads
// stored state straight from the emulator's database for assertions.
import { randomUUID } from 'crypto'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator-app/start'

export { READ_ROUND_TRIPS as ROUND_TRIP_BUDGET, CHANGE_ROUND_TRIPS as CHANGE_ROUND_TRIP_BUDGET } from '../../shared/src/api/budgets'

export interface Called {
  ok: boolean
  data: any
  error?: { code: string; message: string; fields?: Record<string, string> }
  roundTrips: number
}

/** `options` adds emulator settings, e.g. more function instances for a load test. */
export function useEmulator(options: Pick<EmulatorOptions, 'maxInstances'> = {}) {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator({ strictIndexes: true, seed: {}, ...options })
  })
  beforeEach(async () => {
    await emu.reseed()
  })
  afterAll(async () => {
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
