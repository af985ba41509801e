import type { CommitmentStatus } from '@chengxin/shared/src/api'
import { beijingDateTime } from '@chengxin/shared/src/domain/beijing-clock'

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
  return beijingDateTime(t)
}

export const shortHash = (h: string) => h.slice(0, 8)
