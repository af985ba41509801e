// Beijing time without a time-zone library. China has kept UTC+8 all year since 1991, so a
// fixed offset is exact; it needs neither dayjs nor Intl's zone data, so the client (which
// carries no dayjs) and the cloud functions read "today" and an instant by the same rule.
const OFFSET_MS = 8 * 3600 * 1000

const shifted = (at: Date | string | number) => new Date(new Date(at).getTime() + OFFSET_MS).toISOString()

/** The Beijing date of an instant (now by default), as `2026-11-24`. */
export const beijingDate = (at: Date | string | number = Date.now()): string => shifted(at).slice(0, 10)

/** An instant as a person in Beijing reads it: `2026-11-24 09:30`. */
export function beijingDateTime(at: Date | string | number): string {
  const iso = shifted(at)
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}
