import type { Locator } from '@chengxin/shared/src/api'
import type { ActionContext, ComplaintDoc } from '@chengxin/shared/src/server'
import { assert, preloadOf } from '@chengxin/shared/src/server'
import { receiptHash } from './people'
import { preloadOfficers } from './desk'

type Parsed = { complaintId: string } | { receipt: string }

/** The complainant's complaint, by id (named: the caller must be its author) or by receipt. */
export const preloadByLocator = (locator: Locator) => preloadOf({
  complaint: 'receipt' in locator
    ? { from: 'complaints', match: { receiptHash: receiptHash((locator as Parsed & { receipt: string }).receipt) } }
    : { from: 'complaints', match: { _id: (locator as { complaintId: string }).complaintId } },
  ...preloadOfficers,
})

/** A change by receipt is an anonymous complaint's author acting: the kit records no actor. */
export const byReceipt = (input: { locator: Locator }) => 'receipt' in input.locator

export function authorsComplaint(ctx: ActionContext<{ complaint: ComplaintDoc[] }>, locator: Locator): ComplaintDoc {
  const c: ComplaintDoc | undefined = ctx.preloaded.complaint[0]
  if ('receipt' in locator) {
    assert(c, 'RECEIPT_UNKNOWN')
    return c
  }
  // Someone else's complaint, by id, is simply not there for this caller.
  assert(c && c.author?.openid === ctx.caller.openid, 'NOT_FOUND')
  return c
}
