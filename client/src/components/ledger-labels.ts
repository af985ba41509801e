// Words for the village ledger, shared by the resident, panel and township pages. The domain
// holds the same table beside the hash chain, which imports a hash library, so it stays out.
import type { LedgerKind, LedgerStatus } from '@chengxin/shared/src/api'

export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  'household-fee': '农户违约金（户付村）',
  'village-fee': '村违约金（村付户）',
  reward: '奖励',
  income: '收入',
  spending: '支出',
  reversal: '冲正',
}
export const LEDGER_STATUS_LABELS: Record<LedgerStatus, string> = { pending: '待审核', approved: '已入账', rejected: '已退回' }

/** 123456 fen → "1,234.56"; a sign only when asked. */
export function money(fen: number, signed = false): string {
  const abs = Math.abs(fen)
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const sign = fen < 0 ? '-' : signed && fen > 0 ? '+' : ''
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`
}
