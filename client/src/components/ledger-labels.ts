// Words and money for the village ledger, shared by the resident, panel and township pages.
export { LEDGER_KIND_LABELS, LEDGER_STATUS_LABELS } from '@chengxin/shared/src/domain/ledger-labels'

/** 123456 fen → "1,234.56"; a sign only when asked. */
export function money(fen: number, signed = false): string {
  const abs = Math.abs(fen)
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const sign = fen < 0 ? '-' : signed && fen > 0 ? '+' : ''
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`
}
