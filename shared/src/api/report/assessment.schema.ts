import { z } from 'zod'
import { Id, Page, PageOf } from '../common'
import { AssessmentGoodKey, AssessmentStatus, Quarter } from './report'

// The township's quarterly assessment of its villages on the six goods (六好), 0–10 each with
// a comment. Opened by the township for a quarter (every village of the township at once),
// scored by township officers (drafts until submitted; submitting is final), seen by the
// village's cadre once submitted. Never shown to residents; never ranked: villages come in
// roster order and no position or comparison is given.

/** The current or the previous quarter. */
export const AssessmentOpenInput = z.object({ quarter: Quarter }).strict()
export const AssessmentOpenOutput = z.object({
  quarter: Quarter,
  /** Villages the assessment covers (every village of the township). */
  villages: z.number().int(),
})

export const AssessmentComment = z.string().trim().max(300, '评语不能超过300字')
export const AssessmentGoodInput = z.object({
  key: AssessmentGoodKey,
  score: z.number({ error: '请打0到10分' }).int('分数应为整数').min(0, '分数最低0分').max(10, '分数最高10分'),
  comment: AssessmentComment.default(''),
}).strict()

/**
 * Saves the scores of one village (every one of the six goods, each once). `submit: true`
 * makes them final and shows them to the village's cadre (ask for confirmation first); a
 * submitted assessment cannot be changed (ASSESSMENT_SUBMITTED).
 */
export const AssessmentScoreInput = z.object({
  villageId: Id,
  quarter: Quarter,
  goods: z.array(AssessmentGoodInput).length(6, '六项都要打分'),
  submit: z.boolean().default(false),
}).strict()

export const AssessmentGood = z.object({
  key: AssessmentGoodKey,
  /** ASSESSMENT_GOOD_LABELS[key]. */
  label: z.string(),
  score: z.number().int().nullable(),
  comment: z.string().nullable(),
  /**
   * The dashboard's facts for this heading, as short lines ("签约率 92%"); township officers
   * only (empty for the cadre's view of a submitted result).
   */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
})

export const AssessmentView = z.object({
  /** `<villageId>:<quarter>`. */
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  quarter: Quarter,
  status: AssessmentStatus,
  /** ASSESSMENT_STATUS_LABELS[status]. */
  statusLabel: z.string(),
  /** Always the six, in ASSESSMENT_GOODS order. */
  goods: z.array(AssessmentGood),
  /** Sum of the six scores (0–60) once all are scored; null before. Never compared with other villages. */
  total: z.number().int().nullable(),
  scoredBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
})
export const AssessmentScoreOutput = z.object({ assessment: AssessmentView })

/**
 * Township: every village's assessment of a quarter (default: the latest opened), with facts,
 * paginated in roster order; with villageId, that village's history (newest first).
 * Cadre: their village's submitted results, newest first (villageId and quarter optional, their own).
 */
export const AssessmentListInput = Page.extend({
  quarter: Quarter.optional(),
  villageId: Id.optional(),
}).strict()
export const AssessmentListOutput = PageOf(AssessmentView).extend({
  /** The quarter listed (township, no villageId), or null (a history, or nothing opened yet). */
  quarter: Quarter.nullable(),
  /** Quarters the township has opened, newest first (township only; empty for a cadre). */
  opened: z.array(Quarter),
})

export type AssessmentOpenInput = z.input<typeof AssessmentOpenInput>
export type AssessmentOpenOutput = z.infer<typeof AssessmentOpenOutput>
export type AssessmentScoreInput = z.input<typeof AssessmentScoreInput>
export type AssessmentScoreOutput = z.infer<typeof AssessmentScoreOutput>
export type AssessmentGood = z.infer<typeof AssessmentGood>
export type AssessmentView = z.infer<typeof AssessmentView>
export type AssessmentListInput = z.input<typeof AssessmentListInput>
export type AssessmentListOutput = z.infer<typeof AssessmentListOutput>
