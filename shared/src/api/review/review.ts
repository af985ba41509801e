import { z } from 'zod'
import { Id } from '../common'
import { Quarter } from '../ledger/ledger'
import { APPEAL_STATUS_LABELS, REVIEW_MARKS, REVIEW_OUTCOMES, ROUND_STATUSES } from '../../domain/review-labels'

// Shared shapes of the quarterly review (评议). Instants cross the wire as ISO strings.
// Round ids are `<villageId>:<quarter>` (one round per village per quarter), e.g. `v-shizi:2026Q4`.

export { Quarter }
export const RoundStatus = z.enum(ROUND_STATUSES)
export const ReviewOutcome = z.enum(REVIEW_OUTCOMES)
export const ReviewMark = z.enum(REVIEW_MARKS)
export const AppealStatus = z.enum(Object.keys(APPEAL_STATUS_LABELS) as ['pending', 'upheld', 'changed'])
export type RoundStatus = z.infer<typeof RoundStatus>
export type ReviewOutcome = z.infer<typeof ReviewOutcome>
export type ReviewMark = z.infer<typeof ReviewMark>
export type AppealStatus = z.infer<typeof AppealStatus>

/** One score on the 0–4 scale (0 没有做到 … 3 做到了 … 4 做得很好). */
export const Score = z.number({ error: '请选择0到4分' }).int('分数应为整数').min(0, '分数最低0分').max(4, '分数最高4分')
/** Scores by rubric item id: every item of the side being scored, nothing else. */
export const ItemScores = z.record(Id, Score)
export const ReviewReason = z.string().trim().min(1, '请填写理由').max(500, '理由不能超过500字')

/** The side of the two-way commitment a rubric item comes from: the household's promises or the village's. */
export const RubricSide = z.enum(['household', 'village'])

/** One rubric item: one promise of the village's current commitment template. */
export const RubricItem = z.object({
  /** The commitment item's id (the template's), stable across the round. */
  id: z.string(),
  side: RubricSide,
  /** The promise's text as the template words it. */
  text: z.string(),
  /** Five short descriptors, for scores 0, 1, 2, 3, 4 in that order. */
  descriptors: z.array(z.string()).length(5),
})
export type RubricItem = z.infer<typeof RubricItem>

export const Rubric = z.object({
  /** The commitment template version the rubric was generated from. */
  templateVersion: z.number().int(),
  /** Items scored for each household (the household's list). */
  householdItems: z.array(RubricItem),
  /** Items scored for the village (the village's list): by the panel and by residents' ratings. */
  villageItems: z.array(RubricItem),
})
export type Rubric = z.infer<typeof Rubric>

/** A round's settings; all have defaults. */
export const RoundSettings = z.object({
  /** Scorers a household needs for a result; fewer gives 未评. Default 3. */
  quorum: z.number().int().min(1, '至少1人').max(9, '最多9人').default(3),
  /** Days the results stay on public notice after publishing. Default 7. */
  noticeDays: z.number().int().min(3, '公示至少3天').max(30, '公示最多30天').default(7),
  /** Days a household may appeal after publishing; default = noticeDays, never longer. */
  appealDays: z.number().int().min(1).max(30).optional(),
}).strict()
export type RoundSettingsInput = z.input<typeof RoundSettings>

/** A round as any reader of its village sees it. Scores never appear here. */
export const RoundView = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  quarter: z.string(),
  status: RoundStatus,
  /** The status in plain Chinese (ROUND_STATUS_LABELS). */
  statusLabel: z.string(),
  settings: z.object({ quorum: z.number().int(), noticeDays: z.number().int(), appealDays: z.number().int() }),
  rubric: Rubric,
  openedAt: z.string(),
  openedBy: z.string(),
  closedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** End of the public notice (published rounds). */
  noticeEndsAt: z.string().nullable(),
  /** Last moment to appeal (published rounds). */
  appealEndsAt: z.string().nullable(),
  /** Closing progress: households computed so far of all households (closing and later). */
  close: z.object({ processed: z.number().int(), total: z.number().int() }).nullable(),
  /** The caller sits on the village's review group (评议小组) and may score while open. */
  canScore: z.boolean(),
  /** The caller is on the supervision group (监督小组): sees conflicts, decides appeals. */
  canSupervise: z.boolean(),
  /** The caller is a cadre of the village: opens, closes and publishes. */
  canManage: z.boolean(),
})
export type RoundView = z.infer<typeof RoundView>

/** Per-item result: the median of its scorers (may be x.5), or null when unrated. */
export const ItemMedian = z.object({
  itemId: z.string(),
  text: z.string(),
  median: z.number().nullable(),
})
export type ItemMedian = z.infer<typeof ItemMedian>

/** A household's result as the household itself (or the panel after close) sees it: never who gave what. */
export const HouseholdResult = z.object({
  householdId: z.string(),
  householdLabel: z.string(),
  groupName: z.string(),
  outcome: ReviewOutcome,
  /** The outcome in plain Chinese (REVIEW_OUTCOME_LABELS). */
  outcomeLabel: z.string(),
  /** Sum of the item medians, or null when unrated. */
  total: z.number().nullable(),
  /** Highest possible total: 4 × number of items. */
  maxTotal: z.number().int(),
  /** How many panel members' scores counted (conflicted members never count). */
  scorers: z.number().int(),
  items: z.array(ItemMedian),
  /** 1 for the result computed at close; each appeal that changes it adds a version. */
  version: z.number().int(),
  /** 需帮扶: the village helper assigned (a name), never a penalty. */
  helper: z.string().nullable(),
})
export type HouseholdResult = z.infer<typeof HouseholdResult>

/** An earlier version of a result, kept when an appeal changed it. */
export const ResultVersion = z.object({
  version: z.number().int(),
  outcome: ReviewOutcome,
  outcomeLabel: z.string(),
  total: z.number().nullable(),
  /** Why this version was replaced (the supervision group's reason), null for the current one. */
  replacedBecause: z.string().nullable(),
  at: z.string(),
})

/** An appeal against a published result. */
export const AppealView = z.object({
  id: z.string(),
  roundId: z.string(),
  householdId: z.string(),
  householdLabel: z.string(),
  reason: z.string(),
  status: AppealStatus,
  statusLabel: z.string(),
  filedAt: z.string(),
  /** The supervision group's answer once decided. */
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  /** The outcome before and after (changed appeals). */
  fromOutcome: ReviewOutcome,
  toOutcome: ReviewOutcome.nullable(),
  /** The caller may decide it (supervision member, not of that household, not conflicted). */
  canDecide: z.boolean(),
})
export type AppealView = z.infer<typeof AppealView>

/** The village's own result: per village item, medians of residents' ratings and of the panel. */
export const VillageResult = z.object({
  items: z.array(z.object({
    itemId: z.string(),
    text: z.string(),
    residentMedian: z.number().nullable(),
    panelMedian: z.number().nullable(),
  })),
  /** Households that rated the village. */
  ratings: z.number().int(),
  /** Panel members who scored the village. */
  panelScorers: z.number().int(),
  /** Comments residents left with their rating (no names). */
  comments: z.array(z.string()),
})
export type VillageResult = z.infer<typeof VillageResult>

/** Counts per outcome on the public notice: null where fewer than 3 households (no small cells). */
export const OutcomeCounts = z.object({
  exemplary: z.number().int().nullable(),
  fulfilled: z.number().int().nullable(),
  support: z.number().int().nullable(),
  unrated: z.number().int().nullable(),
})
