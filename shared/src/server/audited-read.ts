import { randomUUID } from 'crypto'
import type { ActionContext } from './handler'
import type { AuditDoc } from './documents'

export interface ReadNote {
  /** The action that read, e.g. 'household.get'. */
  action: string
  target: AuditDoc['target']
  /** What was looked at, shown to the household: "查看户籍成员名册". */
  summary: string
}

/**
 * Records that someone looked at a household's records (PRODUCT.md §12: a resident can see
 * who looked), as an `audit` entry of kind 'read' found by the target_household index.
 * One round trip. Members reading their own household are not recorded: they are not
 * "someone else looking". The read fails if the record cannot be written, so no look
 * goes unrecorded.
 */
export async function auditRead(ctx: ActionContext, read: ReadNote): Promise<void> {
  await auditReads(ctx, [read])
}

/**
 * The same for a page showing several households' records (e.g. certificate photos in a
 * cadre's queue): one entry per household, stored in one batch insert, so still one round trip.
 */
export async function auditReads(ctx: ActionContext, reads: ReadNote[]): Promise<void> {
  const { caller } = ctx
  const others = reads.filter((r) => !(r.target.householdId && caller.account?.householdId === r.target.householdId))
  if (others.length === 0) return
  const entries = others.map((read) => ({
    _id: `read-${randomUUID()}`, kind: 'read', action: read.action,
    actor: { openid: caller.openid, name: caller.account?.name ?? null, roles: caller.roles },
    target: read.target, summary: read.summary, inputHash: '', response: null, outbox: [], outboxPending: false,
    at: ctx.db.serverDate(),
  } satisfies Omit<AuditDoc, 'at'> & { at: unknown }))
  await ctx.db.collection('audit').add({ data: entries.length === 1 ? entries[0] : entries })
}
