// The quarterly review's rules (评议), pure: the rubric from the commitment template, the
// median per item, the quorum, totals, outcome bands and the round's state machine. The
// words for each state and outcome are in review-labels.ts (ONE table, next to this file).
import { FULFILLED_SCORE, SCORE_DESCRIPTORS, type ReviewOutcome, type RoundStatus } from './review-labels'

export * from './review-labels'

// ---- the round's state machine ------------------------------------------------------------
//
//   open ──close──▶ closing ──computed──▶ closed ──publish──▶ published ──(notice over, no
//   appeal pending)──▶ final
//
// Scoring, marking, confirming, declaring and rating happen only while `open`. `closing`
// freezes every score: the batches of review.close compute results from a fixed set.
// `final` is never written: a published round reads as final once its notice has ended and
// no appeal is pending (roundStatusAt).
export type RoundEvent = 'close' | 'computed' | 'publish'
export const ROUND_TRANSITIONS: Record<RoundStatus, Partial<Record<RoundEvent, RoundStatus>>> = {
  open: { close: 'closing' },
  closing: { computed: 'closed' },
  closed: { publish: 'published' },
  published: {},
  final: {},
}

export function nextRoundStatus(status: RoundStatus, event: RoundEvent): RoundStatus | null {
  return ROUND_TRANSITIONS[status][event] ?? null
}

/** What a stored round shows as at `now`: published turns final after its notice, appeals decided. */
export function roundStatusAt(stored: RoundStatus, noticeEndsAt: Date | null, pendingAppeals: number, now: Date): RoundStatus {
  if (stored === 'published' && noticeEndsAt && now.getTime() >= noticeEndsAt.getTime() && pendingAppeals === 0) return 'final'
  return stored
}

/** Results (even the panel's view) exist only once computed. */
export const resultsComputed = (s: RoundStatus) => s === 'closed' || s === 'published' || s === 'final'
/** Households and the public see results only once published. */
export const resultsPublic = (s: RoundStatus) => s === 'published' || s === 'final'

// ---- quarters --------------------------------------------------------------------------------

/** The quarter before `q` (2026Q1 → 2025Q4). */
export function previousQuarter(q: string): string {
  const year = Number(q.slice(0, 4))
  const n = Number(q.slice(5))
  return n === 1 ? `${year - 1}Q4` : `${year}Q${n - 1}`
}

/** A round may be opened for the current quarter or the one just ended (a quarter is reviewed at its end). */
export const mayOpenQuarter = (quarter: string, current: string) => quarter === current || quarter === previousQuarter(current)

export const roundIdOf = (villageId: string, quarter: string) => `${villageId}:${quarter}`
/** The village a round id names (round ids are `<villageId>:<quarter>`). */
export const villageOfRound = (roundId: string) => roundId.slice(0, roundId.lastIndexOf(':'))

// ---- settings ---------------------------------------------------------------------------------

export interface RoundSettings {
  quorum: number
  noticeDays: number
  appealDays: number
}

/** Defaults: quorum 3, notice 7 days, appeal window = notice (never longer than the notice). */
export function roundSettings(input: Partial<RoundSettings> = {}): RoundSettings {
  const quorum = input.quorum ?? 3
  const noticeDays = input.noticeDays ?? 7
  const appealDays = Math.min(input.appealDays ?? noticeDays, noticeDays)
  return { quorum, noticeDays, appealDays }
}

// ---- the rubric -------------------------------------------------------------------------------

export interface RubricItem {
  id: string
  side: 'household' | 'village'
  text: string
  descriptors: string[]
}
export interface Rubric {
  templateVersion: number
  householdItems: RubricItem[]
  villageItems: RubricItem[]
}
export interface RubricEdit {
  id: string
  text?: string
  descriptors?: string[]
}

/**
 * One item per promise on both lists of the village's current commitment template, with the
 * default 0–4 descriptors; `edits` (the village's, before opening) reword an item or its
 * descriptors. An edit naming no item of the template is an error (returns null).
 */
export function generateRubric(
  template: { version: number; villageItems: Array<{ id: string; text: string }>; householdItems: Array<{ id: string; text: string }> },
  edits: RubricEdit[] = [],
): Rubric | null {
  const make = (side: RubricItem['side']) => (i: { id: string; text: string }): RubricItem => ({ id: i.id, side, text: i.text, descriptors: [...SCORE_DESCRIPTORS] })
  const rubric: Rubric = {
    templateVersion: template.version,
    householdItems: template.householdItems.map(make('household')),
    villageItems: template.villageItems.map(make('village')),
  }
  const all = [...rubric.householdItems, ...rubric.villageItems]
  for (const edit of edits) {
    const item = all.find((i) => i.id === edit.id)
    if (!item) return null
    if (edit.text) item.text = edit.text
    if (edit.descriptors) item.descriptors = [...edit.descriptors]
  }
  return rubric
}

/** Scores cover exactly the side's items, each an integer 0–4. */
export function scoresFit(items: Array<{ id: string }>, scores: Record<string, number>): boolean {
  const keys = Object.keys(scores)
  return keys.length === items.length && items.every((i) => Number.isInteger(scores[i.id]) && scores[i.id] >= 0 && scores[i.id] <= 4)
}

/** What a member who confirmed a group without marking a household gave it: 做到了 on every item. */
export const fulfilledScores = (items: Array<{ id: string }>): Record<string, number> =>
  Object.fromEntries(items.map((i) => [i.id, FULFILLED_SCORE]))

// ---- median, quorum, totals, outcome ---------------------------------------------------------

/**
 * The median: the middle value, or the mean of the two middle ones (so it may be x.5). With
 * three or more scorers one outlier, however far, cannot move it past its neighbours.
 */
export function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * Outcome bands, on the total of the item medians over n items (each 0–4):
 * - 诚信示范户 (exemplary): total ≥ 3.5 × n;
 * - 需帮扶 (support): total < 2 × n;
 * - 诚信户 (fulfilled): everything between.
 * TIES AT A BAND EDGE: a total exactly on an edge gets the better band (3.5 × n is exemplary,
 * 2 × n is fulfilled) — the benefit of the doubt goes to the household.
 * Compared in halves (medians are whole or .5), so no rounding is involved.
 */
export function outcomeOf(total: number, items: number): Exclude<ReviewOutcome, 'unrated'> {
  const halves = Math.round(total * 2)
  if (halves >= 7 * items) return 'exemplary'
  if (halves < 4 * items) return 'support'
  return 'fulfilled'
}

export interface ComputedResult {
  outcome: ReviewOutcome
  total: number | null
  maxTotal: number
  scorers: number
  /** Per item, in rubric order: the median, or null when unrated. */
  medians: Array<{ itemId: string; median: number | null }>
  /** Per item: every counted score, sorted (never who gave it). */
  spread: Array<{ itemId: string; scores: number[] }>
}

/**
 * A subject's result from the scores that count (one per scorer, each covering every item).
 * Fewer scorers than the quorum: 未评 (unrated), with no medians and no total — never a default.
 */
export function computeResult(items: Array<{ id: string }>, scorers: Array<Record<string, number>>, quorum: number): ComputedResult {
  const maxTotal = 4 * items.length
  const spread = items.map((i) => ({ itemId: i.id, scores: scorers.map((s) => s[i.id]).filter((v) => Number.isInteger(v)).sort((a, b) => a - b) }))
  if (scorers.length < quorum || !items.length) {
    return { outcome: 'unrated', total: null, maxTotal, scorers: scorers.length, medians: items.map((i) => ({ itemId: i.id, median: null })), spread }
  }
  const medians = spread.map((s) => ({ itemId: s.itemId, median: median(s.scores) }))
  const total = medians.reduce((sum, m) => sum + (m.median ?? 0), 0)
  return { outcome: outcomeOf(total, items.length), total, maxTotal, scorers: scorers.length, medians, spread }
}

// ---- who counts for a household -----------------------------------------------------------------

export interface ScorerState {
  /** Stable key of the member (server side only). */
  key: string
  /** Households the member may not score: own and declared relatives. */
  conflicts: ReadonlySet<string>
  /** Groups the member confirmed. */
  confirmedGroups: ReadonlySet<string>
}

export interface ScoreEntry {
  scorer: string
  mark: string | null
  scores: Record<string, number> | null
}

/**
 * The scores that count for one household: each non-conflicted member's item scores, or — for
 * a member who confirmed the household's group without marking it — 做到了 on every item.
 * A member who marked it but never scored it, or never confirmed its group, does not count.
 */
export function countedScores(
  household: { id: string; groupId: string },
  items: Array<{ id: string }>,
  members: ScorerState[],
  entries: ScoreEntry[],
): Array<Record<string, number>> {
  const out: Array<Record<string, number>> = []
  for (const m of members) {
    if (m.conflicts.has(household.id)) continue
    const own = entries.find((e) => e.scorer === m.key)
    if (own?.scores && scoresFit(items, own.scores)) out.push(own.scores)
    else if (!own?.mark && m.confirmedGroups.has(household.groupId)) out.push(fulfilledScores(items))
  }
  return out
}

/**
 * 需帮扶 assigns a helper from the village: the review-group members who are not conflicted on
 * the household, taken in turn by the household's position (spreads the work, no choice by
 * score). Null when nobody is free of conflict.
 */
export function helperFor(householdId: string, position: number, members: Array<{ name: string; conflicts: ReadonlySet<string> }>): string | null {
  const free = members.filter((m) => !m.conflicts.has(householdId))
  return free.length ? free[position % free.length].name : null
}

// ---- public figures ---------------------------------------------------------------------------

/** No public cell shows fewer than 3 households: 1 or 2 become null (0 stays 0). */
export const publicCount = (n: number): number | null => (n > 0 && n < 3 ? null : n)

export function publicCounts(counts: Partial<Record<ReviewOutcome, number>>): Record<ReviewOutcome, number | null> {
  return {
    exemplary: publicCount(counts.exemplary ?? 0),
    fulfilled: publicCount(counts.fulfilled ?? 0),
    support: publicCount(counts.support ?? 0),
    unrated: publicCount(counts.unrated ?? 0),
  }
}

/** The village's own result: per village item, the median of residents' ratings and of the panel's scores. */
export function villageResult(
  items: Array<{ id: string; text: string }>,
  ratings: Array<Record<string, number>>,
  panel: Array<Record<string, number>>,
): Array<{ itemId: string; text: string; residentMedian: number | null; panelMedian: number | null }> {
  const col = (rows: Array<Record<string, number>>, id: string) => rows.map((r) => r[id]).filter((v) => Number.isInteger(v))
  return items.map((i) => ({ itemId: i.id, text: i.text, residentMedian: median(col(ratings, i.id)), panelMedian: median(col(panel, i.id)) }))
}
