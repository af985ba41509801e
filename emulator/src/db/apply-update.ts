import { update } from './mingo'
import { clone, newId, type StoredDoc } from './database'
import type { Doc } from './ejson'
import { isDate, isRegExp } from './values'
import { fail } from '../wire/wire-error'

const isOperatorUpdate = (data: Doc) => Object.keys(data).some((k) => k.startsWith('$'))

/**
 * `merge:true` applies MongoDB update operators (the SDK turns plain fields into `$set`);
 * `merge:false` (doc.set) replaces the whole document but keeps its `_id`.
 * `condition` is the query that selected the document: the positional `arr.$.f` needs it.
 */
export function applyUpdate(doc: StoredDoc, data: Doc, merge: boolean, condition?: Doc): StoredDoc {
  if (!merge) {
    if (isOperatorUpdate(data)) fail('DATABASE_REQUEST_FAILED', 'update operator complicit: set() takes a plain document')
    const { _id: _ignored, ...fields } = clone(data)
    return { _id: doc._id, ...fields }
  }
  const next = clone(doc)
  const modifier = isOperatorUpdate(data) ? data : { $set: data }
  if (Object.values(modifier).some((fields) => fields && typeof fields === 'object' && '_id' in fields)) {
    fail('DATABASE_REQUEST_FAILED', 'cannot update the _id of a document')
  }
  try {
    update(next, modifier as Parameters<typeof update>[1], [], condition, { cloneMode: 'deep' })
  } catch (err) {
    fail('DATABASE_REQUEST_FAILED', `update failed: ${(err as Error).message}`)
  }
  return next
}

/** MongoDB upsert: the query's equality fields seed the new document, then the update applies. */
export function upsertDoc(filter: Doc, data: Doc, merge: boolean): StoredDoc {
  const id = typeof filter._id === 'string' ? filter._id : newId()
  if (!merge) return applyUpdate({ _id: id }, data, false)
  const seed: Doc = {}
  for (const [k, v] of Object.entries(filter)) {
    const operator = v && typeof v === 'object' && !isDate(v) && Object.keys(v).some((o) => o.startsWith('$'))
    if (!k.startsWith('$') && !operator && !isRegExp(v) && k !== '_id') seed[k] = v
  }
  const base = Object.keys(seed).length ? applyUpdate({ _id: id }, { $set: seed }, true) : { _id: id }
  return applyUpdate(base, data, true)
}
