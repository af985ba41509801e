// Words and small helpers for the cadre and township check-up pages (both subpackages).
// Status words come from shared/src/domain/checkup-labels.ts, as on the residents' pages.
import type { SlotView } from '@chengxin/shared/src/api'
import { beijingDate } from '@chengxin/shared/src/domain/beijing-clock'

export const SLOT_STATUS_LABELS: Record<SlotView['status'], string> = { open: '可预约', closed: '已关闭' }
export { BOOKING_STATUS_LABELS, PROOF_STATUS_LABELS } from '@chengxin/shared/src/domain/checkup-labels'
/** ISO weekdays, 1 = Monday. */
export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** Today in Beijing as 2026-11-24. */
export const todayInBeijing = (now = Date.now()): string => beijingDate(now)

/** 2026-11-24 as 11月24日 周二. */
export function dayLabel(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return day
  const w = d.getUTCDay() === 0 ? 7 : d.getUTCDay()
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAY_LABELS[w]}`
}

export { fenToYuan } from '@chengxin/shared/src/domain/checkup-savings'

/** "123.45" yuan typed by a person → fen, or null unless it is a non-negative amount with at most 2 decimals. */
export function yuanToFen(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(t)) return null
  const [whole, frac = ''] = t.split('.')
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'))
}
