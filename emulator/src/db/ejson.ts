import { EJSON, BSONRegExp, ObjectId } from 'bson'
import { isDate, isRegExp } from './values'

export type Doc = Record<string, unknown>

// JavaScript RegExp accepts these; Mongo's x/l have no JS equivalent and are dropped.
const JS_FLAGS = new Set(['i', 'm', 's', 'u'])

/** bson rejects the `g` flag that the SDK copies from a JS RegExp, so drop it before decoding. */
function stripGlobalFlag(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripGlobalFlag)
  if (!value || typeof value !== 'object') return value
  const obj = value as Doc
  const re = obj.$regularExpression as { pattern: string; options?: string } | undefined
  if (re && typeof re === 'object' && typeof re.pattern === 'string') {
    return { $regularExpression: { pattern: re.pattern, options: (re.options ?? '').replace(/g/g, '') } }
  }
  const out: Doc = {}
  for (const [k, v] of Object.entries(obj)) out[k] = stripGlobalFlag(v)
  return out
}

/** Turns bson's wrapper types into what mingo understands and substitutes server dates. */
function toPlain(value: unknown, now: () => Date): unknown {
  if (Array.isArray(value)) return value.map((v) => toPlain(v, now))
  if (value instanceof BSONRegExp) {
    const flags = [...value.options].filter((f) => JS_FLAGS.has(f)).join('')
    return new RegExp(value.pattern, flags)
  }
  if (value instanceof ObjectId) return value.toHexString()
  if (!value || typeof value !== 'object' || isDate(value) || isRegExp(value)) return value
  const obj = value as Doc
  const serverDate = obj.$tcb_server_date as { offset?: number } | undefined
  if (serverDate && typeof serverDate === 'object' && Object.keys(obj).length === 1) {
    return new Date(now().getTime() + Number(serverDate.offset ?? 0))
  }
  const out: Doc = {}
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v, now)
  return out
}

/** Decodes one EJSON value from the wire: a string, or an already-parsed object. */
export function decode(input: unknown, now: () => Date): unknown {
  if (input === undefined || input === null || input === '') return undefined
  const raw = typeof input === 'string' ? JSON.parse(input) : input
  const value = EJSON.deserialize(stripGlobalFlag(raw) as Doc, { relaxed: true })
  return toPlain(value, now)
}

export function decodeObject(input: unknown, now: () => Date): Doc {
  const value = decode(input, now)
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {}
}

/** Replies carry relaxed EJSON strings: numbers plain, dates as `{"$date": …}`. */
export const encode = (doc: unknown): string => EJSON.stringify(doc as Doc, { relaxed: true })
