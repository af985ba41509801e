import { z } from 'zod'
import { PlanYear } from './checkup'

const Fen = z.number().int().min(0, '金额不能为负').max(100_000_000, '金额过大')

export const SavingsAssumptionsInput = z.object({
  /** 元 per village per check-up round, in fen (programme: 300000 = 3,000 yuan). */
  perVillageRoundFen: Fen,
  /** Households of an average village, to share a round's cost out. */
  householdsPerVillage: z.number().int().min(1, '户数至少为1').max(100_000),
  /** One trip home for a check-up, in fen. */
  perTripFen: Fen,
}).strict()

export const SavingsAssumptionsView = SavingsAssumptionsInput.extend({
  /** perVillageRoundFen ÷ householdsPerVillage, rounded. */
  perHouseholdRoundFen: z.number().int(),
  /** null: the programme's defaults, never edited. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
})

export const SavingsVillageRow = z.object({
  id: z.string(),
  name: z.string(),
  households: z.number().int(),
  tripsAvoided: z.number().int(),
  roundsAvoided: z.number().int(),
  totalFen: z.number().int(),
})

/** What remote proofs and integrity categories saved the township in a year, with the assumptions and formula. */
export const SavingsGetInput = z.object({ year: PlanYear.optional() }).strict().default({})
export const SavingsGetOutput = z.object({
  year: z.number().int(),
  assumptions: SavingsAssumptionsView,
  tripsAvoided: z.number().int(),
  roundsAvoided: z.number().int(),
  tripsFen: z.number().int(),
  roundsFen: z.number().int(),
  totalFen: z.number().int(),
  /** The formulas with this year's numbers in them, in words. */
  formula: z.object({ trips: z.string(), rounds: z.string(), perHouseholdRound: z.string(), total: z.string() }),
  villages: z.array(SavingsVillageRow),
})

export const SavingsAssumptionsUpdateOutput = z.object({ assumptions: SavingsAssumptionsView })

export type SavingsAssumptionsInput = z.input<typeof SavingsAssumptionsInput>
export type SavingsGetInput = z.input<typeof SavingsGetInput>
export type SavingsGetOutput = z.infer<typeof SavingsGetOutput>
export type SavingsAssumptionsUpdateOutput = z.infer<typeof SavingsAssumptionsUpdateOutput>
