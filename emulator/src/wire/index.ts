import type { IncomingMessage, ServerResponse } from 'node:http'
import { readCatalog } from '../db/catalog'
import { Database } from '../db/database'
import { IndexGuard } from '../db/index-check'
import { Transactions } from '../db/transactions'
import { Divergences } from '../db/divergence'
import { OpenApi } from '../openapi/openapi'
import { FILE_PREFIX, Storage } from '../storage/storage'
import { readStorageRules } from '../storage/rules'
import { handleAdmin, type AdminDeps } from './admin'
import { sendJson } from './http-io'
import { assertLoopback } from './loopback'
import { Persistence } from './persistence'
import { Stats } from './stats'

export { Database, type StoredDoc } from '../db/database'
export { Storage, type StoredFile } from '../storage/storage'
export { OpenApi, type OpenApiCall, type OpenApiAnswer } from '../openapi/openapi'
export { Stats } from './stats'
export { assertLoopback } from './loopback'

export interface WireOptions {
  env: string
  /** Folder holding collections.json and storage-rules.json (the repo's database/). */
  databaseDir: string
  /**
   * Where data persist: this file holds a snapshot and `<dataFile>.journal.<n>` beside it every
   * change since, each journaled (fsynced) before it is answered; both are loaded at start.
   * Omitted: everything stays in memory.
   */
  dataFile?: string
  /** Compact (rewrite the snapshot, drop the journal) once the journal holds this many bytes; default the larger of 8 MB and the snapshot's size. */
  compactAfterBytes?: number
  /** true in tests: a query no index covers is answered with an error; false: console.warn once per shape. */
  strictIndexes?: boolean
  /** e.g. 'http://127.0.0.1:8787', known only after listen; used for storage URLs. */
  publicUrl: () => string
  invokeFunction?: (name: string, data: unknown, tag: string) => Promise<unknown>
  now?: () => Date
}

export interface Wire {
  /** Handles /admin[/t/<tag>], storage PUT/GET under /_storage/, and /_emulator/{openapi,stats,stats/reset}; false if the path is not its own. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>
  db: Database
  storage: Storage
  openapi: OpenApi
  stats: Stats
  /** Resolves when every change so far is durable and no compaction is running. */
  flush(): Promise<void>
  /** Writes a fresh snapshot and truncates the journal now, without holding the event loop (normally done when the journal grows). */
  compact(): Promise<void>
  /**
   * Fault injection for tests: while set, a request for which `rule(tag, params)` is true
   * is neither applied nor answered (the rule may stop its caller, e.g. runner.kill(tag)).
   */
  setFault(rule: ((tag: string, params: Record<string, unknown>) => boolean) | null): void
}

// /admin/t/<tag>: the function runner points each invocation's SDK here to attribute round trips.
const ADMIN_PATH = /^\/admin(?:\/t\/([^/]+))?\/?$/

export function createWire(opts: WireOptions): Wire {
  const now = opts.now ?? (() => new Date())
  const publicUrl = () => {
    const url = opts.publicUrl()
    assertLoopback(url, 'publicUrl')
    return url.replace(/\/+$/, '')
  }
  const catalog = readCatalog(opts.databaseDir)
  const persistence: Persistence = new Persistence(opts.dataFile, () => db, () => storage, opts.compactAfterBytes)
  const db = new Database(catalog, (change) => persistence.changed(change))
  const journal = { changed: persistence.changed.bind(persistence), durable: persistence.durable.bind(persistence) }
  const storage = new Storage(opts.env, publicUrl, journal, readStorageRules(opts.databaseDir))
  const openapi = new OpenApi()
  const stats = new Stats()
  persistence.load()
  const strict = opts.strictIndexes === true
  const dbContext = { db, tx: new Transactions(db, now), guard: new IndexGuard(catalog, strict), now, divergence: new Divergences(strict) }
  const settle = <T>(work: () => T | Promise<T>) => persistence.settle(work)
  const deps: AdminDeps = { env: opts.env, dbContext, storage, openapi, stats, settle, invokeFunction: opts.invokeFunction }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    let pathname: string
    try {
      pathname = new URL(req.url ?? '/', 'http://emulator.local').pathname
    } catch {
      return false // not a path anyone here could own
    }
    const admin = ADMIN_PATH.exec(pathname)
    if (admin && req.method === 'POST') {
      await handleAdmin(deps, req, res, admin[1] ? decodeURIComponent(admin[1]) : 'direct')
      return true
    }
    if (pathname.startsWith(FILE_PREFIX)) {
      await storage.serve(req, res, pathname).catch((err) => {
        console.error('emulator: storage request failed:', err)
        if (!res.headersSent) res.writeHead(500).end()
      })
      return true
    }
    if (pathname === '/_emulator/openapi' && req.method === 'GET') {
      sendJson(res, { calls: openapi.calls })
      return true
    }
    if (pathname === '/_emulator/stats' && req.method === 'GET') {
      sendJson(res, { total: stats.total(), perTag: stats.perTag(), byAction: stats.byAction() })
      return true
    }
    if (pathname === '/_emulator/stats/reset' && req.method === 'POST') {
      stats.reset()
      sendJson(res, { ok: true })
      return true
    }
    return false
  }

  const setFault = (rule: AdminDeps['fault'] | null) => void (deps.fault = rule ?? undefined)
  return { handle, db, storage, openapi, stats, flush: () => persistence.flush(), compact: () => persistence.compact(), setFault }
}
