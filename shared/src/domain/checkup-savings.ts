// What remote proofs and integrity management save the programme, from stated assumptions
// the township can edit. Money in integer fen.

export interface SavingsAssumptions {
  /** What one check-up round costs a village (the programme: 3,000 yuan). */
  perVillageRoundFen: number
  /** Households of an average village, to share that cost out (the programme: 17,090 households in 14 villages). */
  householdsPerVillage: number
  /** A member working away travelling home for one check-up: fares and a lost working day. */
  perTripFen: number
}

export const DEFAULT_SAVINGS_ASSUMPTIONS: SavingsAssumptions = {
  perVillageRoundFen: 300_000,
  householdsPerVillage: Math.round(17_090 / 14),
  perTripFen: 20_000,
}

/** The cost of one household's place in a round. */
export function perHouseholdRoundFen(a: SavingsAssumptions): number {
  return Math.round(a.perVillageRoundFen / Math.max(1, a.householdsPerVillage))
}

export interface SavingsFigures {
  /** Verified remote proofs: each is a trip home not made. */
  tripsAvoided: number
  /** Household-rounds not needed: Σ over households of (standard plan − their plan). */
  roundsAvoided: number
  tripsFen: number
  roundsFen: number
  totalFen: number
}

export function savings(a: SavingsAssumptions, counts: { tripsAvoided: number; roundsAvoided: number }): SavingsFigures {
  const tripsFen = counts.tripsAvoided * a.perTripFen
  const roundsFen = counts.roundsAvoided * perHouseholdRoundFen(a)
  return { ...counts, tripsFen, roundsFen, totalFen: tripsFen + roundsFen }
}

/** 12345 fen as 123.45, 250050 as 2500.5 (yuan, without the unit). */
export const fenToYuan = (fen: number): string => (fen / 100).toFixed(2).replace(/\.?0+$/, '')

/** 12345 fen as "123.45元", 1230 as "12.3元". */
export const yuan = (fen: number): string => `${fenToYuan(fen)}元`
