import { z } from 'zod'
import { Id } from '../common'
import { CLOCK_TIME, isCalendarDay, SLOT_CAPACITY } from '../../domain/checkup-slots'

/** A Beijing calendar day, `2026-11-24`. */
export const Day = z.string().refine(isCalendarDay, '日期格式应为 2026-11-24')
/** A Beijing clock time, `09:00`. */
export const ClockTime = z.string().regex(CLOCK_TIME, '时间格式应为 09:00')
export const PlanYear = z.number().int().min(2020, '年份不正确').max(2100, '年份不正确')
export const Capacity = z.number().int().min(SLOT_CAPACITY.min, '名额至少1个').max(SLOT_CAPACITY.max, '名额最多200个')
/** Villages whose residents may book a slot; empty: every village of the township. */
export const SlotVillages = z.array(Id).max(50).refine((ids) => new Set(ids).size === ids.length, '村重复')

export const PeriodState = z.enum(['done', 'booked', 'due', 'overdue', 'upcoming', 'met'])
export const PeriodView = z.object({
  period: z.string(),
  first: z.string(),
  last: z.string(),
  done: z.number().int(),
  booked: z.number().int(),
  state: PeriodState,
})
export type PeriodView = z.infer<typeof PeriodView>

export const CheckupRulesView = z.object({
  perYear: z.object({ contract: z.number(), behavioural: z.number(), committed: z.number(), recognised: z.number() }),
  workingAwayPerYear: z.number(),
  cancelCutoffHours: z.number(),
  offerMinutes: z.number(),
  proofPhotoRetentionDays: z.number(),
})

export const Location = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
})

/** A township check-up site; `location` is what the mini-program's openLocation needs. */
export const SiteView = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  location: Location.nullable(),
  active: z.boolean(),
})
export type SiteView = z.infer<typeof SiteView>

/** A slot with Beijing day and clock times; placesLeft = capacity − taken. */
export const SlotView = z.object({
  id: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  villageIds: z.array(z.string()),
  day: z.string(),
  start: z.string(),
  end: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  taken: z.number().int(),
  placesLeft: z.number().int(),
  status: z.enum(['open', 'closed']),
  closedReason: z.string().nullable(),
})
export type SlotView = z.infer<typeof SlotView>
