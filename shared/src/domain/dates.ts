import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { beijingDate, beijingDateTime } from './beijing-clock'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Business dates are Beijing time; cloud functions run in UTC. */
export const BUSINESS_TZ = 'Asia/Shanghai'

/** The business day of an instant, as `2026-11-24`. */
export function businessDay(at: Date): string {
  return beijingDate(at)
}

/** The quarter of an instant in Beijing time, as `2026Q4`. */
export function businessQuarter(at: Date): string {
  const d = dayjs(at).tz(BUSINESS_TZ)
  return `${d.year()}Q${Math.floor(d.month() / 3) + 1}`
}

/** An instant shown to a person: `2026-11-24 09:30` in Beijing time. */
export function formatInstant(at: Date | string): string {
  return beijingDateTime(at)
}
