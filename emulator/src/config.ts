// What a project tells the emulator about itself. The core knows no collection, role or
// identity of any app: its seed, its demo sign-in list and any screening of callFunction
// events come from here, as functions or as a module that exports them (`--seed <module>`).
import path from 'path'
import { pathToFileURL } from 'url'
import type { Database } from './db/database'

/** Documents per collection; a document without `_id` gets one. */
export type SeedData = Record<string, Array<Record<string, unknown>>>

/** What a seed may do besides returning documents: put files in storage (admin writes). */
export interface SeedContext {
  storage: { put(key: string, bytes: Buffer, contentType?: string): { fileID: string } }
}

/** The data an empty database starts with, and what `reseed()` restores. `params` come from the caller. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an app's seed takes its own params type; `unknown` here would refuse every typed seed
export type SeedFn<P = any> = (params: P, ctx: SeedContext) => SeedData | Promise<SeedData>

/** One entry of the dev sign-in list (GET /_emulator/identities); apps may add fields. */
export interface Identity {
  openid: string
  name: string
  note?: string
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as SeedFn
export interface EmulatorApp<P = any> {
  seed?: SeedFn<P>
  /** The demo sign-in list, read from the database as it is now. Without it the list is empty. */
  identities?: (db: Database) => Identity[]
  /**
   * Looks at a gateway call's event before it is invoked; an answer returned here is sent as
   * the call's `{ result }` instead (e.g. the envelope the function itself gives a hostile shape).
   */
  screenCall?: (event: unknown) => { result: unknown } | undefined
}

/** A seed given as a function, an app object, or the path of a module exporting either (`seed` or default). */
export type SeedSource = SeedFn | EmulatorApp | string

/** CommonJS and TypeScript (under tsx) load with require; an ES module with import(). */
async function loadModule(file: string): Promise<Record<string, unknown>> {
  const abs = path.resolve(file)
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file named at run time; require also loads TypeScript under tsx
    return require(abs)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw e
    // Written so a CommonJS build keeps it a real import().
    return (await new Function('u', 'return import(u)')(pathToFileURL(abs).href)) as Record<string, unknown>
  }
}

export async function resolveApp(source: SeedSource | undefined): Promise<EmulatorApp> {
  if (!source) return {}
  if (typeof source === 'function') return { seed: source }
  if (typeof source !== 'string') return source
  const mod = await loadModule(source)
  const app = (mod.default && typeof mod.default === 'object' ? mod.default : mod) as EmulatorApp & { default?: unknown }
  const seed = app.seed ?? (typeof mod.default === 'function' ? (mod.default as SeedFn) : undefined)
  if (!seed && !app.identities && !app.screenCall) throw new Error(`emulator: ${source} exports no seed (a \`seed\` or default function)`)
  return { seed, identities: app.identities, screenCall: app.screenCall }
}
