// The households behind a number travel as page parameters: `filter` and its one option.
import type { HouseholdFilter } from '@chengxin/shared/src/api'
import type { FigureLine } from './figure-lines'

const CATEGORIES = ['recognised', 'committed', 'behavioural'] as const
const OUTCOMES = ['exemplary', 'fulfilled', 'support', 'unrated'] as const
const SIMPLE = ['unsigned', 'countersign', 'signed', 'checkup-due', 'checkup-overdue', 'proof-pending'] as const

/** The page of households behind `line` (of the village, or of one group). */
export function householdsUrl(line: FigureLine, villageId: string, groupId?: string, place?: string): string | null {
  if (!line.drill) return null
  const q: Record<string, string> = { villageId, filter: line.drill.filter, title: `${place ?? ''}${line.label}` }
  if (groupId) q.groupId = groupId
  if (line.drill.filter === 'enrolled' && line.drill.category) q.category = line.drill.category
  if (line.drill.filter === 'review') q.outcome = line.drill.outcome
  return `/packages/report/pages/households/index?${Object.entries(q).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`
}

/** The filter back from the page's parameters; null when they name none we know. */
export function filterFromParams(p: Partial<Record<string, string>>): HouseholdFilter | null {
  const f = p.filter
  const simple = SIMPLE.find((x) => x === f)
  if (simple) return { filter: simple }
  if (f === 'enrolled') {
    const c = CATEGORIES.find((x) => x === p.category)
    return c ? { filter: 'enrolled', category: c } : { filter: 'enrolled' }
  }
  if (f === 'review') {
    const o = OUTCOMES.find((x) => x === p.outcome)
    return o ? { filter: 'review', outcome: o } : null
  }
  return null
}
