import http from 'http'
import path from 'path'
import type { AddressInfo } from 'net'
import { createWire, type Wire } from './wire'
import { FunctionRunner } from './runner'
import { handleGateway } from './gateway/gateway'
import { serveStatic } from './gateway/static'
import { resolveApp, type SeedSource } from './config'
import { Clock } from './clock'

export type { EmulatorApp, Identity, SeedContext, SeedData, SeedFn, SeedSource } from './config'
export type { Wire } from './wire'
export type { FunctionRunner } from './runner'
export { createWxCloud, type EmulatedWxCloud, type WxCloud, type WxCloudOptions } from './client/wx-cloud'

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** The environment id functions see (`DYNAMIC_CURRENT_ENV`) and fileIDs carry. */
  env?: string
  /** One folder per function, each with an index.js and a config.json (default ./cloudfunctions). */
  functionsDir?: string
  /** collections.json (collections, indexes) and storage-rules.json (default ./database). */
  databaseDir?: string
  /** Persist the database here; omitted keeps everything in memory. */
  dataFile?: string
  /** What an empty database is filled with: a seed function, an app object or a module path; false or omitted: nothing. */
  seed?: SeedSource | false
  /** Passed to the seed function (and merged with what `reseed(params)` passes). */
  seedParams?: Record<string, unknown>
  /** In tests a query no index covers is an error; otherwise a warning. */
  strictIndexes?: boolean
  /** A web build to serve at `/` (e.g. a mini-program's H5 build). */
  staticDir?: string
  maxInstances?: number
  /** How function instances run: 'inline' (default, in the emulator's thread) or 'worker' (a thread each); see FIDELITY.md. */
  runner?: 'inline' | 'worker'
  /** Fire the functions' timer triggers on their schedule. */
  timers?: boolean
}

export interface Emulator {
  url: string
  wire: Wire
  runner: FunctionRunner
  /** Empties the database and seeds it again (tests start each case from the same data). */
  reseed(params?: Record<string, unknown>): Promise<void>
  /** Calls a function as `openid`, with its round trips counted. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever the function returned, as decoded JSON
  call(name: string, data: unknown, openid: string): Promise<{ result: any; roundTrips: number; error?: { errCode: number; errMsg: string } }>
  /**
   * Fault injection: the next database request from a function for which `when` is true is
   * dropped and that invocation's instance stopped, as if it crashed just before sending it.
   * Resolves with the request's params once it has happened.
   */
  crashBefore(when: (params: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>
  /** Moves the emulator's clock (server dates and `Date` in functions) to real time + offsetMs; 0 resets it. */
  setClock(offsetMs: number): void
  stop(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const env = options.env ?? 'local'
  const app = await resolveApp(options.seed || undefined)
  const clock = new Clock()
  let url = ''
  const wire = createWire({
    env,
    databaseDir: path.resolve(options.databaseDir ?? 'database'),
    dataFile: options.dataFile,
    strictIndexes: options.strictIndexes ?? false,
    publicUrl: () => url,
    now: () => clock.now(),
    invokeFunction: async (name, data) => (await runner.invoke(name, data, '')).result,
  })
  const runner = new FunctionRunner({
    functionsDir: path.resolve(options.functionsDir ?? 'cloudfunctions'),
    env,
    adminUrl: () => `${url}/admin`,
    maxInstances: options.maxInstances,
    runner: options.runner,
    clock,
  })
  // An index of a bulk-loaded collection is built at its first query (see Database): that time is
  // the emulator's own set-up, which the cloud never spends, so it does not count against a function's time limit.
  wire.db.onIndexBuilt = (ms) => runner.extendDeadlines(ms)
  const reseed = async (params: Record<string, unknown> = {}) => {
    wire.db.reset()
    const data = app.seed ? await app.seed({ ...options.seedParams, ...params }, { storage: wire.storage }) : {}
    // A seed's documents are handed over: adopted as they are (no copy) when they carry their ids.
    for (const [name, docs] of Object.entries(data)) {
      const coll = wire.db.collection(name)
      if (docs.every((d) => typeof d._id === 'string')) coll.adopt(docs)
      else coll.insertMany(docs)
    }
    await wire.flush()
  }
  const empty = () => wire.db.collections().every((name) => wire.db.docs(name).length === 0)
  if (app.seed && empty()) await reseed()

  const deps = {
    runner,
    identities: () => app.identities?.(wire.db) ?? [],
    screenCall: app.screenCall,
    roundTrips: (tag: string) => wire.stats.byTag(tag),
    storage: wire.storage,
    clock,
  }
  const server = http.createServer((req, res) => {
    void (async () => {
      if (await wire.handle(req, res)) return
      if (await handleGateway(deps, req, res)) return
      if (serveStatic(options.staticDir, req, res)) return
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('not found')
    })().catch((e) => {
      console.error('[emulator]', e)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  // Idle kept-alive connections are closed by their clients, never by the server: a server
  // timeout (and the Keep-Alive hint it sends) lets a client reuse a socket in the instant the
  // server closes it — its request then fails with ECONNRESET (the SDK retries that only with
  // its own keepalive agent, which wx-server-sdk does not use). With functions in the
  // emulator's thread a cold start holds both timers at once, which made it happen in the
  // notify relay's overlapping runs. Node's agents drop idle sockets after 5 s, undici after 4 s.
  // (A short timeout had made every SDK request open a new connection: issue 12, item 7.)
  server.keepAliveTimeout = 0
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  if (options.timers) runner.startTimers()

  return {
    url,
    wire,
    runner,
    reseed,
    async call(name, data, openid) {
      const out = await runner.invoke(name, data, openid)
      return { result: out.result, roundTrips: wire.stats.byTag(out.tag), error: out.error }
    },
    setClock(offsetMs) {
      clock.set(offsetMs)
    },
    crashBefore(when) {
      return new Promise((resolve) => {
        wire.setFault((tag, params) => {
          if (tag === 'direct' || !when(params) || !runner.kill(tag)) return false
          wire.setFault(null)
          resolve(params)
          return true
        })
      })
    },
    async stop() {
      await runner.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await wire.flush()
    },
  }
}
