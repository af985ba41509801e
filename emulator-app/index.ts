// This app's configuration of the emulator: the demo township as the seed, the demo sign-in
// list, and the kit's shape guard on gateway calls. `npm start` passes this module to the
// emulator (`--seed emulator-app`); tests start it through ./start.ts.
import type { EmulatorApp } from '../emulator/src'
import { errorOf } from '../shared/src/api/errors'
import type { AccountDoc } from '../shared/src/server/documents'
import { checkEvent } from '../shared/src/server/event-guard'
import { identities as demoIdentities } from './identities'
import { demoSeed, type SeedOptions } from './seed/demo'

/** The emulator environment id of the app (fileIDs read `cloud://chengxin-local.…`). */
export const ENV = 'chengxin-local'

export const seed: NonNullable<EmulatorApp<SeedOptions>['seed']> = (params, { storage }) => demoSeed({ ...params, storage })

export const identities: EmulatorApp['identities'] = (db) => demoIdentities(db.collection('accounts').find() as unknown as AccountDoc[])

/**
 * The kit's handler refuses a hostile event shape (nested too deep, text that was not UTF-8)
 * before anything walks it; the gateway answers with the same envelope, so the H5 build sees
 * what the mini-program sees and nothing hostile reaches the runner's structured clone.
 */
export const screenCall: EmulatorApp['screenCall'] = (event) => {
  const problem = checkEvent(event)
  return problem ? { result: { ok: false, error: errorOf('INVALID_INPUT', { [problem.field]: problem.message }) } } : undefined
}
