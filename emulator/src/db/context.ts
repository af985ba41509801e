import type { Database } from './database'
import type { Transactions } from './transactions'
import type { IndexGuard } from './index-check'
import type { Divergences } from './divergence'
import { decodeObject, type Doc } from './ejson'
import { fail } from '../wire/wire-error'

export interface DbContext {
  db: Database
  tx: Transactions
  guard: IndexGuard
  now: () => Date
  /** Strict mode's notes where the emulator follows the server against WeChat's documentation. */
  divergence?: Divergences
}

export type Params = Record<string, unknown>
export type DbAction = (ctx: DbContext, params: Params) => unknown

// CloudBase's documented limits for one read.
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
export const MAX_RESULT_BYTES = 1024 * 1024

export function collectionOf(ctx: DbContext, params: Params): string {
  const name = params.collectionName
  if (typeof name !== 'string' || !name) return fail('INVALID_PARAM', 'collectionName is required')
  if (!ctx.db.exists(name)) fail('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`)
  return name
}

export const filterOf = (ctx: DbContext, params: Params): Doc => decodeObject(params.query, ctx.now)

/** Transactions in CloudBase work on single documents addressed by `_id`. */
export function docIdOf(filter: Doc, params: Params, action: string): string {
  const id = filter._id
  if (params.queryType === 'WHERE' || typeof id !== 'string') {
    return fail('DATABASE_REQUEST_FAILED', `${action} inside a transaction must address one document by _id (CloudBase supports only doc() operations in transactions)`)
  }
  return id
}
