import { z } from 'zod'
import { Id, Page, PageOf } from '../common'
import { daysBetween, MAX_PATTERN_SLOTS, patternSlots } from '../../domain/checkup-slots'
import { Capacity, ClockTime, Day, SlotVillages, SlotView } from './checkup'

const Times = z.object({ start: ClockTime, end: ClockTime }).strict().refine((t) => t.start < t.end, '结束时间应晚于开始时间')

/** One slot: a site, a Beijing day, start and end time, places. */
const SingleSlot = z.object({
  kind: z.literal('single'),
  siteId: Id,
  day: Day,
  start: ClockTime,
  end: ClockTime,
  capacity: Capacity,
  /** Township only; a cadre's slots are for their own village. Empty: every village. */
  villageIds: SlotVillages.optional(),
}).strict().refine((s) => s.start < s.end, { message: '结束时间应晚于开始时间', path: ['end'] })

/** A weekly pattern: the chosen weekdays (1 = Monday … 7 = Sunday) of a date range, at the given times. */
const WeeklySlots = z.object({
  kind: z.literal('weekly'),
  siteId: Id,
  from: Day,
  to: Day,
  weekdays: z.array(z.number().int().min(1).max(7)).min(1, '请选择星期').max(7),
  times: z.array(Times).min(1, '请填写时间段').max(6, '每天最多6个时间段'),
  capacity: Capacity,
  villageIds: SlotVillages.optional(),
}).strict()
  .refine((p) => p.from <= p.to, { message: '结束日期应不早于开始日期', path: ['to'] })
  .refine((p) => daysBetween(p.from, p.to) <= 92, { message: '一次最多安排三个月', path: ['to'] })
  .refine((p) => patternSlots(p.from, p.to, p.weekdays, p.times).length >= 1, { message: '所选日期内没有符合的星期', path: ['weekdays'] })
  .refine((p) => patternSlots(p.from, p.to, p.weekdays, p.times).length <= MAX_PATTERN_SLOTS, { message: `一次最多开放${MAX_PATTERN_SLOTS}个时段`, path: ['weekdays'] })

/** A cadre opens slots for their village; a township officer for any villages of the township. */
export const SlotOpenInput = z.discriminatedUnion('kind', [SingleSlot, WeeklySlots])
export const SlotOpenOutput = z.object({ slots: z.array(SlotView) })

/**
 * Residents: open slots from today on that their village may book. Cadres: their village's
 * slots, closed ones too. Township: every slot of the township (or one village's).
 */
export const SlotListInput = Page.extend({
  /** First day (default today). */
  from: Day.optional(),
  siteId: Id.optional(),
  /** Township only. */
  villageId: Id.optional(),
  /** Cadres and township; residents only ever see open slots. */
  status: z.enum(['open', 'closed']).optional(),
}).strict()
export const SlotListOutput = PageOf(SlotView)

/** Closes a slot: its bookings are cancelled and each household told why. */
export const SlotCloseInput = z.object({
  slotId: Id,
  reason: z.string().trim().min(1, '请填写关闭原因').max(100, '原因最多100个字'),
}).strict()
export const SlotCloseOutput = z.object({
  slot: SlotView,
  cancelledBookings: z.number().int(),
  notifiedHouseholds: z.number().int(),
})

export type SlotOpenInput = z.input<typeof SlotOpenInput>
export type SlotOpenOutput = z.infer<typeof SlotOpenOutput>
export type SlotListInput = z.input<typeof SlotListInput>
export type SlotListOutput = z.infer<typeof SlotListOutput>
export type SlotCloseInput = z.input<typeof SlotCloseInput>
export type SlotCloseOutput = z.infer<typeof SlotCloseOutput>
