import http from 'http'
import path from 'path'
import type { AddressInfo } from 'net'
import type { AccountDoc } from '@chengxin/shared/src/server/documents'
import { createWire, type Wire } from './wire'
import { FunctionRunner } from './runner'
import { handleGateway } from './gateway/gateway'
import { serveStatic } from './gateway/static'
import { demoSeed, type SeedOptions } from '../../emulator-app/seed/demo'

const ROOT = path.resolve(__dirname, '../..')

export interface EmulatorOptions {
  port?: number
  env?: string
  /** Persist the database here; omitted keeps everything in memory. */
  dataFile?: string
  /** Seed the demo township when the database is empty (false: leave it empty). */
  seed?: SeedOptions | false
  /** In tests a query no index covers is an error; otherwise a warning. */
  strictIndexes?: boolean
  /** The H5 build to serve at `/`. */
  staticDir?: string
  functionsDir?: string
  maxInstances?: number
  timers?: boolean
}

export interface Emulator {
  url: string
  wire: Wire
  runner: FunctionRunner
  /** Calls a function as `openid`, with its round trips counted. */
  /** Empties the database and seeds it again (tests start each case from the same township). */
  reseed(seed?: SeedOptions): Promise<void>
  call(name: string, data: unknown, openid: string): Promise<{ result: any; roundTrips: number; error?: { errCode: number; errMsg: string } }>
  /**
   * Fault injection: the next database request from a function for which `when` is true is
   * dropped and that invocation's instance stopped, as if it crashed just before sending it.
   * Resolves with the request's params once it has happened.
   */
  crashBefore(when: (params: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>
  stop(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const env = options.env ?? 'chengxin-local'
  let url = ''
  const wire = createWire({
    env,
    databaseDir: path.join(ROOT, 'database'),
    dataFile: options.dataFile,
    strictIndexes: options.strictIndexes ?? false,
    publicUrl: () => url,
    invokeFunction: async (name, data) => (await runner.invoke(name, data, '')).result,
  })
  const runner = new FunctionRunner({
    functionsDir: options.functionsDir ?? path.join(ROOT, 'cloudfunctions'),
    env,
    adminUrl: () => `${url}/admin`,
    maxInstances: options.maxInstances,
  })
  const reseed = async (seed: SeedOptions = options.seed || {}) => {
    wire.db.reset()
    for (const [name, docs] of Object.entries(demoSeed({ ...seed, storage: wire.storage }))) wire.db.collection(name).insertMany(docs)
    await wire.flush()
  }
  if (options.seed !== false && wire.db.collection('villages').count() === 0) await reseed()

  const deps = {
    runner,
    accounts: () => wire.db.collection('accounts').find() as unknown as AccountDoc[],
    roundTrips: (tag: string) => wire.stats.byTag(tag),
    storage: wire.storage,
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
  server.keepAliveTimeout = 1000
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
