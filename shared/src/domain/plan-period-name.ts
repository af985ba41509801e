// How a plan period (`2026P3`, see checkup-plan.ts) is said to villagers: 第3季度, 上半年,
// 全年. One formatter for every screen, notice and export. Plain arithmetic, no dayjs, so
// the client's main package can import it on its own.

/** Calendar months (1–12) a plan period covers when the year holds `perYear` periods. */
export function periodMonths(period: string, perYear: number): { first: number; last: number } {
  const n = Math.max(1, Math.min(12, Math.floor(perYear)))
  const index = Number(period.slice(5)) - 1
  return { first: Math.ceil((index * 12) / n) + 1, last: Math.ceil(((index + 1) * 12) / n) }
}

export interface PeriodNameOptions {
  /** Prefix the year: 2026年第3季度. */
  year?: boolean
  /** Add the months: 第3季度（7—9月）. Never for 全年. */
  months?: boolean
}

/**
 * A plan period in words: 4 a year → 第3季度, 2 → 上半年 / 下半年, 1 → 全年, any other
 * count → 第2期 (with its months, since "期" alone says nothing).
 */
export function periodName(period: string, perYear: number, opts: PeriodNameOptions = {}): string {
  const n = Math.max(1, Math.min(12, Math.floor(perYear)))
  const i = Number(period.slice(5))
  const { first, last } = periodMonths(period, n)
  const year = opts.year ? `${period.slice(0, 4)}年` : ''
  if (n === 1) return `${year}全年`
  const months = first === last ? `${first}月` : `${first}—${last}月`
  const name = n === 4 ? `第${i}季度` : n === 2 ? (i === 1 ? '上半年' : '下半年') : `第${i}期`
  return `${year}${name}${opts.months || (n !== 4 && n !== 2) ? `（${months}）` : ''}`
}
