import { formatInstant } from '@chengxin/shared/src/domain/dates'
import type { ActionContext, WaitlistDoc } from '@chengxin/shared/src/server'
import { assert, isDuplicateKey, updatedCount } from '@chengxin/shared/src/server'
import type { Seat } from './book'

export const waitlistIdOf = (slotId: string, memberId: string) => `${slotId}#${memberId}`

/**
 * Puts the member in the full slot's queue (join order decides who is offered a freed
 * place), or answers the place they already have in it. The position counts those waiting
 * when the request was loaded; waitlist.mine shows the current one.
 */
export async function joinWaitlist(ctx: ActionContext, seat: Seat, entry: WaitlistDoc | undefined, queue: WaitlistDoc[], now: Date) {
  const { slot, household, member, period } = seat
  const id = waitlistIdOf(slot._id, member.id)
  const inLine = entry && (entry.status === 'waiting' || entry.status === 'offered')
  const joinedAt = inLine ? new Date(entry.joinedAt) : now
  const ahead = queue.filter((w) => w.memberId !== member.id && new Date(w.joinedAt) <= joinedAt).length

  if (!inLine) {
    const doc: WaitlistDoc = {
      _id: id, slotId: slot._id, householdId: household._id, villageId: household.villageId, memberId: member.id,
      memberName: member.name, period, siteName: slot.siteName, startsAt: new Date(slot.startsAt),
      status: 'waiting', joinedAt: now, offeredAt: null, offerExpiresAt: null, requestId: ctx.requestId,
    }
    const waitlist = ctx.db.collection('waitlist')
    if (entry) {
      // Back in line after leaving, expiring or accepting earlier: at the end of the queue.
      const { _id, ...fields } = doc
      const res = await waitlist.where({ _id, status: entry.status, requestId: entry.requestId }).update({ data: fields })
      assert(updatedCount(res) === 1, 'WAITLIST_STATE')
    } else {
      try {
        await waitlist.add({ data: doc })
      } catch (e) {
        // The same member joined at the same moment (a twin request): they are in line either way.
        if (!isDuplicateKey(e)) throw e
      }
    }
  }

  ctx.note({
    target: { collection: 'waitlist', id, villageId: household.villageId, householdId: household._id },
    summary: `${member.name}排队候补${formatInstant(slot.startsAt)}${slot.siteName}的检查`,
  })
  return { booking: null, waitlisted: true, position: entry?.status === 'offered' ? null : ahead + 1 }
}
