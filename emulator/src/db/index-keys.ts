import { isDate } from './values'

/**
 * Index keys: a document's value at an indexed field, encoded so that two values mingo
 * holds equal get the same key. Only scalars (string, number, boolean, date, null or
 * missing) are encoded; anything else makes the document "unkeyed" for that index, and
 * an unkeyed document is a candidate for every query the index serves (an index only
 * narrows, mingo decides).
 */
export type Key = string

export const NULL_KEY: Key = 'z'
const EMPTY_ARRAY_KEY: Key = 'e'

/** The key of a scalar, or undefined for a value no key can stand for. */
export function keyOf(value: unknown): Key | undefined {
  switch (typeof value) {
    case 'string':
      return `s${value}`
    case 'number':
      return Number.isNaN(value) ? undefined : `n${value === 0 ? 0 : value}`
    case 'boolean':
      return value ? 'bt' : 'bf'
    case 'undefined':
      return NULL_KEY
    default:
      if (value === null) return NULL_KEY
      if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : `d${value.getTime()}`
      return undefined
  }
}

/** The value a key was made from, for range tests (null for the null key). */
export function valueOfKey(key: Key): string | number | boolean | Date | null {
  const body = key.slice(1)
  switch (key[0]) {
    case 's':
      return body
    case 'n':
      return Number(body)
    case 'b':
      return body === 't'
    case 'd':
      return new Date(Number(body))
    default:
      return null
  }
}

/**
 * The keys a document has at `field` (a dot path, or its parts): one for a scalar, one per element for
 * an array of scalars (mingo's equality and ranges look inside arrays), a key of its own
 * for an empty array. `undefined` when the value is beyond keys (an embedded document, an array of
 * documents or arrays, or a dot path that crosses an array, where mingo looks through it).
 */
export function keysAt(doc: Record<string, unknown>, field: string | string[]): Key[] | undefined {
  let value: unknown = doc
  for (const part of typeof field === 'string' ? field.split('.') : field) {
    if (Array.isArray(value)) return undefined
    value = value !== null && typeof value === 'object' && !isDate(value) ? (value as Record<string, unknown>)[part] : undefined
  }
  if (!Array.isArray(value)) {
    const key = keyOf(value)
    return key === undefined ? undefined : [key]
  }
  // An empty array matches no equality, `$in` or range, but the document must stay under
  // this field for queries that leave it open: a key no query value has.
  if (!value.length) return [EMPTY_ARRAY_KEY]
  const keys = new Set<Key>()
  for (const item of value) {
    if (item === null || item === undefined) return undefined // mingo's nil handling inside arrays: leave it to mingo
    const key = keyOf(item)
    if (key === undefined) return undefined
    keys.add(key)
  }
  return [...keys]
}
