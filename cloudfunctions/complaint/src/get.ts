import type { ComplaintDoc } from '@chengxin/shared/src/server'
import { auditRead, defineAction } from '@chengxin/shared/src/server'
import { photoUrls } from '../../proof/src/photos'
import { complaintView } from './view'
import { today } from './change'
import { handlerDesk } from './desk'

/**
 * A handler opens a complaint. Reading a named one is recorded for the complainant's household
 * (household.views, "谁查看了我家信息"); an anonymous one has no household to tell.
 * Round trips: context, read record (2).
 */
export const get = defineAction<'complaint.get'>()({
  preload: (input) => ({ complaint: { from: 'complaints', match: { _id: input.complaintId } } }),
  async run(ctx) {
    const c: ComplaintDoc | undefined = ctx.preloaded.complaint[0]
    const desk = handlerDesk(ctx, c, false)
    const doc = c!
    if (doc.author && desk.seesAuthor) {
      await auditRead(ctx, {
        action: 'complaint.get',
        target: { collection: 'complaints', id: doc._id, villageId: doc.villageId, householdId: doc.author.householdId },
        summary: `${desk.desk === 'township' ? '镇里' : '村监督小组'}查看了本户提交的投诉`,
      })
    }
    const urls = await photoUrls([...doc.photos, ...doc.events.flatMap((e) => e.photos)])
    return complaintView(doc, desk, today(), urls)
  },
})
