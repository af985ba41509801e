import type { ActionContext } from '@chengxin/shared/src/server'
import { assert, assertSameVillage, householdOf } from '@chengxin/shared/src/server'

/**
 * A booking or waitlist entry of the caller's own household. Another village's is refused
 * as such; another household's of the same village is simply not found.
 */
export function assertOwn<T extends { villageId: string; householdId: string }>(ctx: ActionContext, doc: T | undefined): asserts doc is T {
  assert(doc, 'NOT_FOUND')
  assertSameVillage(ctx.caller, doc.villageId)
  assert(doc.householdId === householdOf(ctx.caller).householdId, 'NOT_FOUND')
}

const HOUR = 3600_000

/** Cancelling or changing is allowed until the village's cutoff before the slot starts. */
export function assertBeforeCutoff(startsAt: Date, cutoffHours: number, now: Date): void {
  assert(now.getTime() < new Date(startsAt).getTime() - cutoffHours * HOUR, 'CANCEL_TOO_LATE')
}
