// Type tests by tag, not instanceof: values may come from another realm (jest's VM, bson).
const tag = (v: unknown) => Object.prototype.toString.call(v)
export const isDate = (v: unknown): v is Date => tag(v) === '[object Date]'
export const isRegExp = (v: unknown): v is RegExp => tag(v) === '[object RegExp]'

/** Deep copy of document data (plain objects, arrays, dates, regexps, buffers). */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T
  if (isDate(value)) return new Date(value.getTime()) as T
  if (isRegExp(value)) return new RegExp(value.source, value.flags) as T
  if (Buffer.isBuffer(value)) return Buffer.from(value) as T
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = clone(v)
  return out as T
}

/** Structural equality for stored documents, ignoring prototypes. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime()
  if (isRegExp(a) || isRegExp(b)) return String(a) === String(b)
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return Number.isNaN(a) && Number.isNaN(b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const bo = b as Record<string, unknown>
  return ka.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameValue((a as Record<string, unknown>)[k], bo[k]))
}
