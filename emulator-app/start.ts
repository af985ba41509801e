// The emulator as this app's tests, benches and journeys use it: the repo's functions,
// database/ and the demo township, with `seed` the demo's options (households, villages).
import path from 'path'
import { startEmulator as startCore, type Emulator, type EmulatorOptions as CoreOptions } from '../emulator/src'
import type { SeedOptions } from './seed/demo'
import * as app from './index'

export type { Emulator } from '../emulator/src'

const ROOT = path.resolve(__dirname, '..')

export interface EmulatorOptions extends Omit<CoreOptions, 'seed' | 'seedParams'> {
  /** The demo township's size (default: the demo, 200 households); false starts empty. */
  seed?: Omit<SeedOptions, 'storage'> | false
}

export function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { seed = {}, ...rest } = options
  return startCore({
    env: app.ENV,
    functionsDir: path.join(ROOT, 'cloudfunctions'),
    databaseDir: path.join(ROOT, 'database'),
    ...rest,
    seed: seed === false ? { identities: app.identities, screenCall: app.screenCall } : app,
    seedParams: seed || undefined,
  })
}
