import type { CommitmentStatus } from '@chengxin/shared/src/api'

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  'awaiting-household': '待户主签署',
  'awaiting-village': '待村委会签',
  complete: '双方已签署',
  superseded: '已被新版本替代',
}

/** Instants arrive as ISO strings; show them in Beijing time as 2026-11-24 09:30. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const d = new Date(t + 8 * 3600 * 1000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

export const shortHash = (h: string) => h.slice(0, 8)
