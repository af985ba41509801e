import type { ActionDef, WaitlistDoc } from '@chengxin/shared/src/server'
import { householdOf, listOf } from '@chengxin/shared/src/server'
import { waitlistView } from './rules'

/**
 * The household's entries still waiting or offered, with each waiting one's current place
 * in its queue: one aggregate collects the join times of everyone waiting on those slots.
 */
export const waitlistMine: ActionDef<'waitlist.mine'> = {
  async run({ db, _, caller }) {
    const entries = listOf<WaitlistDoc>(await db.collection('waitlist')
      .where({ householdId: householdOf(caller).householdId, status: _.in(['waiting', 'offered']) })
      .limit(50).get())
    const slotIds = [...new Set(entries.filter((e) => e.status === 'waiting').map((e) => e.slotId))]
    const joined = new Map<string, number[]>()
    if (slotIds.length) {
      const res = await db.collection('waitlist').aggregate()
        .match({ slotId: _.in(slotIds), status: 'waiting' })
        .group({ _id: '$slotId', at: { $push: '$joinedAt' } } as never)
        .end()
      for (const g of listOf<{ _id: string; at: Date[] }>(res)) joined.set(g._id, g.at.map((d) => new Date(d).getTime()))
    }
    const position = (e: WaitlistDoc) => (joined.get(e.slotId) ?? []).filter((t) => t < new Date(e.joinedAt).getTime()).length + 1
    const items = entries
      .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())
      .map((e) => waitlistView(e, position(e)))
    return { items }
  },
}
