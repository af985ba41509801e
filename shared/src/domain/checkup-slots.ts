// Slot days and times. A slot is written as a Beijing day and clock times ("09:00") and
// stored as instants; its `day` stays the Beijing day, whatever the server's time zone.

/** `09:00`: hours 00–23, minutes 00–59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** A weekly pattern opens at most this many slots in one go. */
export const MAX_PATTERN_SLOTS = 60

/** Places a slot may offer. */
export const SLOT_CAPACITY = { min: 1, max: 200 } as const

/**
 * The instant of a Beijing clock time on a Beijing day. China has kept UTC+8 without
 * daylight saving since 1991, so the fixed offset is exact (`2026-12-31 23:30` is
 * `2026-12-31T15:30Z`; `2027-01-01 00:30` is `2026-12-31T16:30Z`).
 */
export function beijingInstant(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`)
}

/** Whether `2026-02-30`-like text names a real calendar day. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const d = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function weekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay()
  return d === 0 ? 7 : d
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000)
}

export interface SlotTime {
  start: string
  end: string
}

/** Every (day, time) of a weekly pattern: days from `from` to `to` inclusive on the given weekdays, in order. */
export function patternSlots(from: string, to: string, weekdays: number[], times: SlotTime[]): Array<{ day: string } & SlotTime> {
  const on = new Set(weekdays)
  const sorted = [...times].sort((a, b) => (a.start < b.start ? -1 : 1))
  const out: Array<{ day: string } & SlotTime> = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (on.has(weekday(day))) for (const t of sorted) out.push({ day, ...t })
  }
  return out
}
