// The household a member opens for scoring, handed from the group list to the score page so
// the page starts from the member's own earlier scores without another read. A missing entry
// (the page reopened on its own) starts from "做到了" like every household does.
import type { ReviewMark } from '@chengxin/shared/src/api'

export interface ScoringTarget { label: string; mark: ReviewMark | null; scores: Record<string, number> | null }

const targets = new Map<string, ScoringTarget>()
export const rememberTarget = (householdId: string, t: ScoringTarget) => { targets.set(householdId, t) }
export const recallTarget = (householdId: string): ScoringTarget | undefined => targets.get(householdId)
