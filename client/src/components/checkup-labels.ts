// Words for check-ups, shared by the 预约 tab (main package) and the resident subpackage.
// Pure and free of dayjs: the periods arrive with their first and last days.
import type { PeriodView } from '@chengxin/shared/src/api'
import { periodName } from '@chengxin/shared/src/domain/plan-period-name'
import { formatTime } from './format'

export { BOOKING_STATUS_LABELS, PROOF_STATUS_LABELS } from '@chengxin/shared/src/domain/checkup-labels'

export const PERIOD_STATE_LABELS: Record<PeriodView['state'], string> = {
  done: '已检查',
  booked: '已预约，待检查',
  due: '本期待预约',
  overdue: '逾期未检查',
  upcoming: '还没开始',
  met: '全年已完成',
}

/** A plan period as villagers say it, with its months: 第4季度（10—12月）, 下半年（7—12月）, 全年. */
export const periodWithMonths = (p: Pick<PeriodView, 'period'>, perYear: number): string =>
  periodName(p.period, perYear, { months: true })

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** `2026-11-24` → 11月24日 周二 (the weekday of a calendar day, whatever the phone's zone). */
export function dayName(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return `${m}月${d}日 周${WEEKDAYS[weekday]}`
}

/** An instant as a Beijing clock time, `09:30`. */
export const clockTime = (iso: string) => formatTime(iso).slice(11)

/** A booking's slot in Beijing time: 11月24日 周二 09:30. */
export const slotWhen = (day: string, startsAt: string) => `${dayName(day)} ${clockTime(startsAt)}`

/** The Beijing day of an instant, `2026-11-24`. */
export const beijingDay = (iso: string) => formatTime(iso).slice(0, 10)

/** The resident subpackage's check-up pages (routes the notifications in api/pages.ts open too). */
export const CHECKUP_PAGES = {
  plan: '/packages/resident/pages/checkups/index',
  slots: '/packages/resident/pages/slots/index',
  bookings: '/packages/resident/pages/bookings/index',
  booking: (id: string) => `/packages/resident/pages/booking/index?id=${encodeURIComponent(id)}`,
  reschedule: (id: string) => `/packages/resident/pages/slots/index?bookingId=${encodeURIComponent(id)}`,
  proofs: '/packages/resident/pages/proofs/index',
} as const
