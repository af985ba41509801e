import { CHAIN_BREAK_LABELS, CHAIN_START, checkChain, type ChainLink } from '@chengxin/shared/src/domain'
import type { LedgerChainDoc } from '@chengxin/shared/src/server'
import { assert, listOf, defineAction } from '@chengxin/shared/src/server'
import { preloadVillage, villageInScope } from './village-scope'

const PAGE = 1000 // the SDK's cap per read
const PAGES = 3 // the reads one call affords within the read budget

/**
 * Recomputes the village's chain from `after` (or its start), up to 3,000 entries a call, and
 * compares it with the anchor of the latest quarter put on notice, so losing entries at the
 * end shows too. Four round trips: context and three parallel reads.
 */
export const verify = defineAction<'ledger.verify'>()({
  preload: (input) => ({
    ...preloadVillage(input.villageId),
    notice: input.villageId
      ? { from: 'ledger_notices', match: { villageId: input.villageId }, sort: { quarter: -1, version: -1 }, limit: 1 }
      : { from: 'ledger_notices', ofCaller: { villageId: 'villageId' }, sort: { quarter: -1, version: -1 }, limit: 1 },
  }),

  async run(ctx, input) {
    const village = villageInScope(ctx, input.villageId)
    assert(village, 'INVALID_INPUT', { villageId: '请选择要核验的村' })
    const from = input.after ?? CHAIN_START
    const _ = ctx.db.command
    const pages = await Promise.all(Array.from({ length: PAGES }, (_x, i) => {
      const lo = from.seq + i * PAGE
      return ctx.db.collection('ledger_chain').where({ villageId: village._id, seq: _.gt(lo).and(_.lte(lo + PAGE)) }).orderBy('seq', 'asc').limit(PAGE).get()
    }))
    const links = pages.flatMap((p) => listOf<LedgerChainDoc>(p))
    const check = checkChain(links.map((l): ChainLink => ({ ...l, id: l.entryId })), from)
    const done = !check.ok || listOf(pages[PAGES - 1]).length < PAGE
    let broken = check.ok ? null : { seq: check.broken.seq, entryId: check.broken.id, why: check.broken.why, label: CHAIN_BREAK_LABELS[check.broken.why] }

    // What was put on notice must still be in the chain, unchanged.
    const anchor = (ctx.preloaded.notice.at(0))?.through
    if (!broken && anchor) {
      const at = links.find((l) => l.seq === anchor.seq)
      if (at && at.hash !== anchor.hash) broken = { seq: at.seq, entryId: at.entryId, why: 'anchor', label: CHAIN_BREAK_LABELS.anchor }
      else if (done && check.last.seq < anchor.seq) broken = { seq: check.last.seq + 1, entryId: '', why: 'gap', label: '已公示的账目不见了' }
    }
    return { ok: !broken, done: done || !!broken, checked: check.checked, through: check.last, broken }
  },
})
