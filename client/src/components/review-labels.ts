// Words of the quarterly review (评议), shared by the cadre, panel, resident and township pages:
// the one label table lives in the domain, beside the rules.
export {
  APPEAL_STATUS_LABELS, REVIEW_MARK_LABELS, REVIEW_OUTCOME_LABELS, ROUND_STATUS_LABELS, SCORE_DESCRIPTORS,
} from '@chengxin/shared/src/domain/review-labels'

/** A median (may be x.5) for display; null is 未评 — fewer scorers than the quorum, never a default. */
export const median = (m: number | null): string => (m === null ? '未评' : `${m} 分`)

/** Outcomes in the order the notice lists them: never a ranking of households. */
export const NOTICE_OUTCOMES = ['exemplary', 'fulfilled', 'support', 'unrated'] as const
