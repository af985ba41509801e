// Anonymous complaints are followed by their receipt codes, kept only on this phone: the server
// holds just a hash of each, so a lost code cannot be recovered (the page says so when it shows one).
import Taro from '@tarojs/taro'

export const RECEIPTS_KEY = 'chengxin.complaintReceipts'
/** A phone rarely holds more; older codes drop off, the resident can still type them. */
const MAX_RECEIPTS = 30

export function loadReceipts(): string[] {
  try {
    const v = Taro.getStorageSync(RECEIPTS_KEY)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : []
  } catch {
    return []
  }
}

export function saveReceipt(code: string): void {
  const all = [code, ...loadReceipts().filter((c) => c !== code)].slice(0, MAX_RECEIPTS)
  Taro.setStorageSync(RECEIPTS_KEY, all)
}

export function forgetReceipt(code: string): void {
  Taro.setStorageSync(RECEIPTS_KEY, loadReceipts().filter((c) => c !== code))
}

/** What the resident types: spaces and dashes ignored, letters upper-cased. */
export function normaliseReceipt(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase()
}
