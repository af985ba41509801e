import { z } from 'zod'
import { WORK_KEYS } from '../../domain/report-labels'

/**
 * A 首页 as today's work: for each role the caller holds (cadre, panel member, township
 * officer) the counts of what waits, each opening the list behind it. Residents get nothing
 * here (their 首页 is their own household's).
 */
export const WorkTodayInput = z.object({}).strict().default({})

export const WorkKey = z.enum(WORK_KEYS)
export const WorkItem = z.object({
  key: WorkKey,
  /** WORK_LABELS[key]. */
  label: z.string(),
  /** How many wait. */
  count: z.number().int(),
  /** Of `count`, how many are past their deadline (complaints, overdue households); 0 when none. */
  urgent: z.number().int(),
  /**
   * Progress items (review): done so far of `of`; `count` is then what is left. Null otherwise.
   */
  of: z.number().int().nullable(),
  /**
   * The page that lists them, with its filter as query parameters (`packages/cadre/pages/
   * proofs/index?status=pending`): Taro.navigateTo({ url: '/' + page }).
   */
  page: z.string(),
  /** Null: counted live just now. Otherwise when the counter was last counted (ISO; overdue households). */
  asOf: z.string().nullable(),
})
export const WorkSection = z.object({
  role: z.enum(['cadre', 'panel', 'township']),
  /** 村务待办 / 小组待办 / 镇里待办. */
  title: z.string(),
  items: z.array(WorkItem),
})
export const WorkTodayOutput = z.object({
  /** The Beijing day counted. */
  today: z.string(),
  sections: z.array(WorkSection),
})

export type WorkTodayInput = z.input<typeof WorkTodayInput>
export type WorkKey = z.infer<typeof WorkKey>
export type WorkItem = z.infer<typeof WorkItem>
export type WorkSection = z.infer<typeof WorkSection>
export type WorkTodayOutput = z.infer<typeof WorkTodayOutput>
