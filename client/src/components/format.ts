import { beijingDateTime } from '@chengxin/shared/src/domain/beijing-clock'

// The commitment's one label table lives beside its state machine.
export { COMMITMENT_STATUS_LABELS as STATUS_LABELS } from '@chengxin/shared/src/domain/commitment-state'

/** Instants arrive as ISO strings; show them in Beijing time as 2026-11-24 09:30. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  return beijingDateTime(t)
}

export const shortHash = (h: string) => h.slice(0, 8)
