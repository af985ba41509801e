import type { ComplaintFollowOutput } from '@chengxin/shared/src/api'
import { defineAction } from '@chengxin/shared/src/server'
import { photoUrls } from '../../proof/src/photos'
import { complaintView } from './view'
import { today } from './change'
import { receiptHash } from './people'

/** The complainant reads their complaints by receipt: one round trip (the lookup rides on the caller's context). */
export const follow = defineAction<'complaint.follow'>()({
  preload: (input) => ({
    found: { from: 'complaints', match: { receiptHash: { $in: input.receipts.map(receiptHash) } }, limit: 20 },
  }),
  async run(ctx, input): Promise<ComplaintFollowOutput> {
    const found = ctx.preloaded.found
    const day = today()
    const urls = await photoUrls(found.flatMap((c) => [...c.photos, ...c.events.filter((e) => !e.internal).flatMap((e) => e.photos)]))
    const items: ComplaintFollowOutput['items'] = []
    const unknown: string[] = []
    for (const receipt of input.receipts) {
      const c = found.find((f) => f.receiptHash === receiptHash(receipt))
      if (c) items.push({ receipt, complaint: complaintView(c, { kind: 'author' }, day, urls) })
      else unknown.push(receipt)
    }
    return { items, unknown }
  },
})
