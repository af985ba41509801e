import { aggregateDocuments, calculateDocument, getDocument } from './read-actions'
import { insertDocument, modifyAndReturnDoc, modifyDocument, removeDocument } from './write-actions'
import type { DbAction } from './context'
import { waitingForLocks } from './transaction-actions'
import { fail } from '../wire/wire-error'

const txIdOf = (params: Record<string, unknown>): string =>
  typeof params.transactionId === 'string' ? params.transactionId : fail('INVALID_PARAM', 'transactionId is required')

/** Every `database.*` action the SDK sends, keyed by the action name after `database.`. */
export const databaseActions: Record<string, DbAction> = {
  getDocument,
  calculateDocument,
  aggregateDocuments,
  insertDocument: waitingForLocks('insertDocument', insertDocument),
  modifyDocument: waitingForLocks('modifyDocument', modifyDocument),
  modifyAndReturnDoc: waitingForLocks('modifyAndReturnDoc', modifyAndReturnDoc),
  removeDocument: waitingForLocks('removeDocument', removeDocument),
  addCollection: (ctx, params) => {
    const name = params.collectionName
    if (typeof name !== 'string' || !name) return fail('INVALID_PARAM', 'collectionName is required')
    if (ctx.db.exists(name)) fail('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`)
    ctx.db.create(name)
    return {}
  },
  // startTransaction answers the id at the top level, not under `data`.
  startTransaction: (ctx) => ({ transactionId: ctx.tx.start() }),
  commitTransaction: (ctx, params) => {
    ctx.tx.commit(txIdOf(params))
    return {}
  },
  abortTransaction: (ctx, params) => {
    ctx.tx.abort(txIdOf(params))
    return {}
  },
}
