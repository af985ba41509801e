import type { ComplaintListOutput, ComplaintSummary } from '@chengxin/shared/src/api'
import { isOverdue } from '@chengxin/shared/src/domain'
import type { ActionDef, ComplaintDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, listOf } from '@chengxin/shared/src/server'
import { isSupervisor, isTownshipOfficer } from './desk'
import { today } from './change'

const OPEN = ['submitted', 'accepted', 'answered']

/**
 * The workbench: what the caller's desk may see, earliest deadline first (so overdue ones lead).
 * A supervision member never gets one naming them or their household, nor one they filed,
 * nor one that went to the township because of who it names. Round trips: context, page,
 * count, overdue count (4).
 */
export const list: ActionDef<'complaint.list'> = {
  async run(ctx, input): Promise<ComplaintListOutput> {
    const a = accountOf(ctx.caller)
    const township = isTownshipOfficer(a)
    assert(township || isSupervisor(a), 'NOT_HANDLER')
    const _ = ctx._
    const day = today()
    const where: Record<string, unknown> = township
      ? { townshipId: a.townshipId }
      : {
          villageId: a.villageId,
          excludedIds: _.nin([a._id]),
          excludedHouseholds: _.nin([a.householdId ?? '']),
          'author.openid': _.neq(a._id),
          escalation: _.neq('conflict'),
        }
    if (input.status === 'open') where.status = _.in(OPEN)
    else if (input.status !== 'all') where.status = input.status
    if (input.category) where.category = input.category
    const complaints = ctx.db.collection('complaints')
    const [page, total, overdue] = await Promise.all([
      complaints.where(where).orderBy('answerBy', 'asc').skip(input.offset).limit(input.limit).get(),
      complaints.where(where).count(),
      // The rows' own rule (isOverdue): past the acceptance deadline while submitted, or past
      // the answer deadline while not yet answered — an escalation moves neither deadline.
      complaints.where(_.and([where, _.or([
        { status: 'submitted', acceptBy: _.lt(day) },
        { status: _.in(['submitted', 'accepted']), answerBy: _.lt(day) },
      ])])).count(),
    ])
    const items = listOf<ComplaintDoc>(page).map((c): ComplaintSummary => ({
      id: c._id, villageId: c.villageId, villageName: c.villageName, category: c.category, status: c.status, level: c.level,
      anonymous: c.anonymous, excerpt: [...c.text].slice(0, 40).join(''), filedDay: c.filedDay, acceptBy: c.acceptBy, answerBy: c.answerBy,
      overdue: isOverdue(c, day),
    }))
    // Overdue first, then the earliest deadline: the page is in deadline order already.
    items.sort((x, y) => Number(y.overdue) - Number(x.overdue))
    return {
      items, total: (total as { total: number }).total, offset: input.offset, limit: input.limit,
      desk: township ? 'township' : 'supervision', overdue: (overdue as { total: number }).total,
    }
  },
}
