// The quarterly review's words (评议): one table per thing, used by every screen, export and
// notification. Apart from the rules (review-rules.ts) so client pages import it alone.

/** A round's states, in order. See ROUND_TRANSITIONS in review-rules.ts. */
export const ROUND_STATUSES = ['open', 'closing', 'closed', 'published', 'final'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

/** A household's (or the village's) result. `unrated`: fewer scorers than the quorum — never a default. */
export const REVIEW_OUTCOMES = ['exemplary', 'fulfilled', 'support', 'unrated'] as const
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]

/** What a panel member marks a household for before scoring it item by item. */
export const REVIEW_MARKS = ['discuss', 'nominate'] as const
export type ReviewMark = (typeof REVIEW_MARKS)[number]

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  open: '评议中',
  closing: '正在计算结果',
  closed: '评议结束，待公示',
  published: '结果公示中',
  final: '结果已确定',
}

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  exemplary: '诚信示范户',
  fulfilled: '诚信户',
  support: '需帮扶',
  unrated: '未评',
}

export const REVIEW_MARK_LABELS: Record<ReviewMark, string> = { discuss: '需讨论', nominate: '推荐示范' }

/** The 0–4 scale of every rubric item, with the default short descriptors (a village may edit them before opening). */
export const SCORE_DESCRIPTORS: readonly [string, string, string, string, string] = [
  '没有做到',
  '做得较差',
  '基本做到',
  '做到了',
  '做得很好，可作示范',
]

/** What everybody starts at on every item: "fulfilled" (做到了). */
export const FULFILLED_SCORE = 3

export const APPEAL_STATUS_LABELS = { pending: '待监督小组处理', upheld: '维持原结果', changed: '已改正结果' } as const
export type AppealStatus = keyof typeof APPEAL_STATUS_LABELS
