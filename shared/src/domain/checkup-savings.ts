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

/** Where the default households per village comes from: the programme's county figures. */
export const PROGRAMME_HOUSEHOLDS = { households: 17_090, villages: 14 } as const

export const DEFAULT_SAVINGS_ASSUMPTIONS: SavingsAssumptions = {
  perVillageRoundFen: 300_000,
  householdsPerVillage: Math.round(PROGRAMME_HOUSEHOLDS.households / PROGRAMME_HOUSEHOLDS.villages),
  perTripFen: 20_000,
}

/**
 * Says where a households-per-village figure comes from, so 1221 does not sit unexplained
 * beside villages of 28 households: the default is the programme's average, not this township's.
 */
export function householdsSource(householdsPerVillage: number): string {
  const { households, villages } = PROGRAMME_HOUSEHOLDS
  return householdsPerVillage === DEFAULT_SAVINGS_ASSUMPTIONS.householdsPerVillage
    ? `默认值：项目统计的 ${String(households).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 户 ÷ ${villages} 个村，是全项目的村均户数，不是本镇各村的户数；可按本镇实际修改`
    : '镇里设定的口径'
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
