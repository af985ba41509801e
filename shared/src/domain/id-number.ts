// Resident identity card numbers (居民身份证号码, GB 11643-1999): 17 digits and a check
// character. The raw number is only ever validated and then masked and hashed on the server;
// nothing here stores or logs it.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** Spaces dropped and a lowercase x read as X, the way people type the number. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

/** The check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0)
  return CHECK[sum % 11]
}

function validBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** An 18-character number with a real birth date and a matching check character. */
export function isValidIdNumber(raw: string): boolean {
  const id = normalizeIdNumber(raw)
  if (!/^\d{17}[\dX]$/.test(id)) return false
  return validBirthDate(id.slice(6, 14)) && idCheckChar(id.slice(0, 17)) === id[17]
}

/** What may be stored and shown: the first 4 and last 4 characters, e.g. `3412**********1234`. */
export function maskIdNumber(raw: string): string {
  const id = normalizeIdNumber(raw)
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}
