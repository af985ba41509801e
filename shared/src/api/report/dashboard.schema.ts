import { z } from 'zod'
import { Id } from '../common'
import { Figures, GroupRow, HouseholdFilter, HouseholdPage, Quarter, VillageRow } from './report'

/**
 * One village's dashboard (a cadre: their own; a township officer: any village of theirs,
 * named by villageId): the village's figures and each villager group's. With `households`, also
 * one page of the households behind a number (of the whole village, or of `groupId`).
 */
export const DashboardVillageInput = z.object({
  villageId: Id.optional(),
  groupId: Id.optional(),
  households: HouseholdFilter.optional(),
  limit: z.number().int().min(1).max(50).default(20),
  offset: z.number().int().min(0).max(100000).default(0),
}).strict().default({ limit: 20, offset: 0 })

export const DashboardVillageOutput = z.object({
  villageId: z.string(),
  villageName: z.string(),
  /** The current quarter (quarter figures: proofs verified, complaints filed, ledger). */
  quarter: Quarter,
  /** When the counters were last counted (ISO). */
  asOf: z.string(),
  figures: Figures,
  /** Every villager group, in the village's order. */
  groups: z.array(GroupRow),
  /** The page asked for with `households` (null without it). */
  households: HouseholdPage.nullable(),
})

/**
 * The township's dashboard: its total and every village's figures in roster order (never
 * ordered by a figure). `county: true` adds the county-wide total (sums only, no township's
 * own figures beside it).
 */
export const DashboardTownshipInput = z.object({ county: z.boolean().default(false) }).strict().default({ county: false })
export const DashboardTownshipOutput = z.object({
  townshipId: z.string(),
  townshipName: z.string(),
  quarter: Quarter,
  asOf: z.string(),
  figures: Figures,
  villages: z.array(VillageRow),
  county: z.object({ townships: z.number().int(), villages: z.number().int(), figures: Figures }).nullable(),
})

/**
 * The same figures for each of the last 8 quarters, oldest first: quarters that ended from
 * the snapshot the timer took at their end, the current one live (`live: true`). A village
 * (cadre: their own; township: named) or, without villageId for a township officer, the township.
 * Quarters before the counters existed are absent (the list may be shorter than 8).
 */
export const DashboardTrendInput = z.object({
  villageId: Id.optional(),
  quarters: z.number().int().min(2).max(8).default(8),
}).strict().default({ quarters: 8 })
export const TrendPoint = z.object({ quarter: Quarter, live: z.boolean(), figures: Figures })
export const DashboardTrendOutput = z.object({
  scope: z.enum(['village', 'township']),
  id: z.string(),
  name: z.string(),
  points: z.array(TrendPoint),
})

export type DashboardVillageInput = z.input<typeof DashboardVillageInput>
export type DashboardVillageOutput = z.infer<typeof DashboardVillageOutput>
export type DashboardTownshipInput = z.input<typeof DashboardTownshipInput>
export type DashboardTownshipOutput = z.infer<typeof DashboardTownshipOutput>
export type DashboardTrendInput = z.input<typeof DashboardTrendInput>
export type DashboardTrendOutput = z.infer<typeof DashboardTrendOutput>
export type TrendPoint = z.infer<typeof TrendPoint>
