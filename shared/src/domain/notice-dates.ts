// One rule and one wording for a public notice's dates, used by residents' and cadres'
// screens and by the server's notices (issue 13: the same notice read "至 2026-12-04" to a
// resident and "公示至 2026-12-05 00:00" to the cadre).
//
// The rule: a notice runs for whole Beijing days, counting the day it is published, and ends
// at the midnight after its last day (document-lifecycle.ts, noticeEndsAt). So people are
// told the last day, inclusive — never the midnight instant that follows it.
// Plain arithmetic (Beijing has kept UTC+8 without daylight saving since 1991), no dayjs,
// so the client's main package can import it on its own.

const BEIJING_OFFSET_MS = 8 * 3600 * 1000
const DAY_MS = 86400 * 1000

/** The Beijing day of an instant, `2026-12-04`. */
const beijingDayOf = (ms: number) => new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10)

export interface NoticeSpan {
  startsAt: string | Date
  endsAt: string | Date
}

const msOf = (at: string | Date) => new Date(at).getTime()

/** The first day of the notice (the day it was published). */
export const noticeFirstDay = (n: NoticeSpan): string => beijingDayOf(msOf(n.startsAt))

/** The last day of the notice, inclusive: the day before the midnight it ends at. */
export const noticeLastDay = (n: Pick<NoticeSpan, 'endsAt'>): string => beijingDayOf(msOf(n.endsAt) - 1)

/** Whole days of notice left, today included; 0 once it has ended. */
export function noticeDaysLeft(n: Pick<NoticeSpan, 'endsAt'>, now: number = Date.now()): number {
  const left = msOf(n.endsAt) - now
  return left > 0 ? Math.ceil(left / DAY_MS) : 0
}

/** Whether the notice is over at `now` (the midnight after its last day has passed). */
export const noticeEnded = (n: Pick<NoticeSpan, 'endsAt'>, now: number = Date.now()): boolean => msOf(n.endsAt) <= now

/** `公示至 2026-12-04（还剩 3 天）`, or `公示已于 2026-12-04 期满`: the line every screen shows. */
export function noticeStatusLine(n: Pick<NoticeSpan, 'endsAt'>, now: number = Date.now()): string {
  const left = noticeDaysLeft(n, now)
  return left > 0 ? `公示至 ${noticeLastDay(n)}（还剩 ${left} 天）` : `公示已于 ${noticeLastDay(n)} 期满`
}

/** `2026-11-28 至 2026-12-04，共 7 天`: the whole notice period, both ends inclusive. */
export function noticeSpanLine(n: NoticeSpan & { days: number }): string {
  return `${noticeFirstDay(n)} 至 ${noticeLastDay(n)}，共 ${n.days} 天`
}
