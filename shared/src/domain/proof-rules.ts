// Rules for remote proofs (异地检查证明): which check-up days a proof may claim, which photos
// a resident may attach, and when a decided proof's photo must go. Pure; days are Beijing days.
import dayjs from 'dayjs'

/** Why a claimed check-up day is refused, in words the resident can act on; null when it is fine. */
export function checkupDayProblem(day: string, today: string): string | null {
  if (!dayjs(day, 'YYYY-MM-DD').isValid() || dayjs(day).format('YYYY-MM-DD') !== day) return '检查日期格式不正确'
  if (day > today) return '检查日期不能晚于今天'
  // Proofs count towards this year's plan; last year's are accepted for late uploads in January.
  if (Number(day.slice(0, 4)) < Number(today.slice(0, 4)) - 1) return '只能提交今年或去年的检查证明'
  return null
}

/**
 * The folder a resident uploads proof photos to, named by an opaque key of the resident (the
 * server derives it from the openid with a keyed hash, so photo links never show an openid).
 */
export function proofPhotoFolder(ownerKey: string): string {
  return `proofs/${ownerKey}/`
}

/**
 * A fileID (`cloud://<env>.<bucket>/<path>`) the resident may attach: a single image file
 * directly inside their own folder. The path is matched whole, so `..` or a nested folder
 * cannot reach into someone else's.
 */
export function isOwnProofPhoto(fileId: string, ownerKey: string): boolean {
  const m = /^cloud:\/\/[^/\s]+\/(.+)$/.exec(fileId)
  if (!m) return false
  const folder = proofPhotoFolder(ownerKey)
  if (!m[1].startsWith(folder)) return false
  return /^[A-Za-z0-9_-]{1,64}\.(jpe?g|png)$/i.test(m[1].slice(folder.length))
}

const DAY_MS = 86400000

/** Decided proofs whose decision came at or before this instant have outlived their photo. */
export function photoCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS)
}
