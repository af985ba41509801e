import { PAGES } from '@chengxin/shared/src/api/pages'
import type { EnrolmentApplyInput } from '@chengxin/shared/src/api'
import { CATEGORY_LABELS, isOpen } from '@chengxin/shared/src/domain'
import type { ActionContext, EnrolmentDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, householdOf, isDuplicateKey, listOf, defineAction } from '@chengxin/shared/src/server'
import { enrolmentView } from './view'

/**
 * The household head applies in writing. The new application's id is the household's next
 * sequence number, so two applications racing for the same slot collide on `_id` and only
 * one is stored: one open application per household without a read-then-write window.
 */
export const apply = defineAction<'enrolment.apply'>()({
  preload: () => ({
    latest: { from: 'enrolments', ofCaller: { householdId: 'householdId' }, sort: { seq: -1 }, limit: 1 },
  }),

  async run(ctx, input) {
    const mine = householdOf(ctx.caller)
    assert(mine.isHead, 'NOT_HOUSEHOLD_HEAD')
    const latest = ctx.preloaded.latest.at(0)
    const doc = ownApplication(ctx, latest) ?? (await create(ctx, latest, input))

    ctx.note({
      target: { collection: 'enrolments', id: doc._id, villageId: doc.villageId, householdId: doc.householdId },
      summary: `户主申请${CATEGORY_LABELS[doc.requestedCategory]}（第${doc.seq}次申请）`,
    })
    ctx.notify({
      to: { villageId: doc.villageId, role: 'cadre' },
      template: 'enrolment-applied',
      title: '新的诚信管理申请',
      body: `${doc.householdLabel}申请${CATEGORY_LABELS[doc.requestedCategory]}，请审核`,
      page: PAGES.cadreEnrolment(doc._id),
    })
    // No open application before this one means the household was under contract management.
    return { enrolment: enrolmentView(doc), managementType: 'contract' as const }
  },
})

/** A retry whose first reply was lost finds the application it stored. */
function ownApplication(ctx: ActionContext, latest: EnrolmentDoc | undefined): EnrolmentDoc | null {
  return latest?.history[0]?.requestId === ctx.requestId ? latest : null
}

async function create(ctx: ActionContext, latest: EnrolmentDoc | undefined, input: EnrolmentApplyInput): Promise<EnrolmentDoc> {
  assert(!latest || !isOpen(latest.status), 'ENROLMENT_OPEN')
  const account = accountOf(ctx.caller)
  const mine = householdOf(ctx.caller)
  const seq = (latest?.seq ?? 0) + 1
  const now = new Date()
  const doc: EnrolmentDoc = {
    _id: `${mine.householdId}:e${seq}`,
    householdId: mine.householdId,
    villageId: mine.villageId,
    householdLabel: account.householdLabel ?? '',
    groupName: account.groupName ?? '',
    seq,
    requestedCategory: input.category,
    statement: input.statement,
    status: 'pending',
    category: null,
    reason: null,
    appliedAt: now,
    updatedAt: now,
    history: [{
      status: 'pending', at: now, by: { openid: ctx.caller.openid, name: account.name ?? '户主', role: 'household-head' },
      category: input.category, reason: null, requestId: ctx.requestId,
    }],
  }
  try {
    await ctx.db.collection('enrolments').add({ data: doc })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    // Another application took this slot first; if it is this very request (sent twice at
    // once), answer with it. This costs one more read, only on that rare path.
    const twin = await ctx.db.collection('enrolments').where({ _id: doc._id }).limit(1).get()
    const stored = listOf<EnrolmentDoc>(twin)[0]
    assert(stored && ownApplication(ctx, stored), 'ENROLMENT_OPEN')
    return stored
  }
  return doc
}
