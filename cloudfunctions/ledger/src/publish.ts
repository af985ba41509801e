import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessQuarter, quarterTotals, fenText } from '@chengxin/shared/src/domain'
import type { LedgerNoticeDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, isDuplicateKey, defineAction } from '@chengxin/shared/src/server'
import { groupedTotals } from './village-scope'
import { financeMember } from './finance'

const DAY = 86_400_000

/**
 * Puts a quarter's totals on public notice (村务公开, at least quarterly) and tells every
 * household. The notice records the chain's head, so the entries it covers cannot later
 * vanish or change unseen (ledger.verify compares). A quarter may be published again after
 * late entries; each publication is a new version. Five round trips.
 */
export const publish = defineAction<'ledger.publish'>()({
  preload: (input) => ({
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    head: { from: 'ledger_chain', ofCaller: { villageId: 'villageId' }, sort: { seq: -1 }, limit: 1 },
    latest: { from: 'ledger_notices', match: { quarter: input.quarter }, ofCaller: { villageId: 'villageId' }, sort: { version: -1 }, limit: 1 },
  }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    if (!account.roles.includes('cadre')) financeMember(ctx.caller)
    const village = ctx.preloaded.village.at(0)
    assert(village, 'NOT_IN_VILLAGE')
    const now = new Date()
    assert(input.quarter <= businessQuarter(now), 'LEDGER_QUARTER')
    const latest = ctx.preloaded.latest.at(0)
    let notice: LedgerNoticeDoc
    if (latest?.requestId === ctx.requestId) {
      notice = latest
    } else {
      const head = ctx.preloaded.head.at(0)
      const [totals] = quarterTotals(await groupedTotals(ctx, { villageId: village._id, quarter: input.quarter }))
      const version = (latest?.version ?? 0) + 1
      notice = {
        _id: `${village._id}:${input.quarter}:p${version}`, villageId: village._id, villageName: village.name, quarter: input.quarter, version,
        totals: totals ?? { quarter: input.quarter, inFen: 0, outFen: 0, netFen: 0, count: 0, byKind: {} },
        through: { seq: head?.seq ?? 0, hash: head?.hash ?? '0'.repeat(64) },
        publishedBy: { openid: ctx.caller.openid, name: account.name ?? '' }, publishedAt: now,
        noticeEndsAt: new Date(now.getTime() + input.noticeDays * DAY), requestId: ctx.requestId,
      }
      try {
        await ctx.db.collection('ledger_notices').add({ data: notice })
      } catch (e) {
        // Another member published this quarter at the same moment.
        assert(!isDuplicateKey(e), 'VERSION_CONFLICT')
        throw e
      }
    }
    const t = notice.totals
    ctx.note({
      target: { collection: 'ledger_notices', id: notice._id, villageId: village._id, householdId: null },
      summary: `公示${input.quarter}账目汇总：收入${fenText(t.inFen)}元，支出${fenText(t.outFen)}元，${t.count}笔`,
    })
    ctx.notify({
      to: { villageId: village._id, role: 'resident' }, template: 'ledger-published', title: `${village.name}${input.quarter}账目公示`,
      body: `收入${fenText(t.inFen)}元，支出${fenText(t.outFen)}元，共${t.count}笔`, page: PAGES.ledger(),
    })
    return {
      quarter: notice.quarter, version: notice.version, totals: t, through: notice.through,
      publishedAt: new Date(notice.publishedAt).toISOString(), noticeEndsAt: new Date(notice.noticeEndsAt).toISOString(),
    }
  },
})
