// One word per ledger kind and status, used by every screen and export. Apart from the hash
// chain (ledger-chain.ts, which needs a hash library), so client pages import it alone.
export type LedgerKind = 'household-fee' | 'village-fee' | 'reward' | 'income' | 'spending' | 'reversal'
export type LedgerStatus = 'pending' | 'approved' | 'rejected'

export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  'household-fee': '农户违约金（户付村）',
  'village-fee': '村违约金（村付户）',
  reward: '奖励',
  income: '收入',
  spending: '支出',
  reversal: '冲正',
}
export const LEDGER_STATUS_LABELS: Record<LedgerStatus, string> = { pending: '待审核', approved: '已入账', rejected: '已退回' }
