import type { LedgerEntryView } from '@chengxin/shared/src/api'
import { businessDay, businessQuarter, householdShown, signedFen } from '@chengxin/shared/src/domain'
import type { AccountDoc, ActionContext, Caller, LedgerActorDoc, LedgerChainDoc, LedgerEntryDoc } from '@chengxin/shared/src/server'
import { accountOf, assert } from '@chengxin/shared/src/server'

/** A finance-group member (理财小组): a resident with role 'panel' and the 'finance' group, of a village. */
export function isFinance(account: AccountDoc | null): boolean {
  return !!account?.villageId && account.roles.includes('panel') && (account.panelGroups ?? []).includes('finance')
}

export function financeMember(caller: Caller): AccountDoc & { villageId: string } {
  const account = accountOf(caller)
  assert(isFinance(account), 'NOT_FINANCE_MEMBER')
  return account as AccountDoc & { villageId: string }
}

export const actorOf = (ctx: ActionContext, account: AccountDoc): LedgerActorDoc => ({
  openid: ctx.caller.openid, name: account.name ?? '理财小组成员', householdId: account.householdId,
})

/** The chain's document id for a position: zero-padded so ids sort as positions do. */
export const chainId = (villageId: string, seq: number) => `${villageId}#${String(seq).padStart(7, '0')}`

/** What the reader may know: names for the finance group and cadres, the reader's own household, else 某户. */
export interface Reader {
  householdId: string | null
  seesNames: boolean
  finance: boolean
  openid: string
  /** Households whose head agreed to be named (household.consent). */
  named?: ReadonlySet<string>
}

export function readerOf(caller: Caller): Reader {
  const a = caller.account
  const finance = isFinance(a)
  return { householdId: a?.householdId ?? null, seesNames: finance || caller.roles.includes('cadre'), finance, openid: caller.openid }
}

/** Finance members may decide an entry someone else recorded, about another household than their own. */
export function mayDecide(entry: Pick<LedgerEntryDoc, 'status' | 'recordedBy' | 'householdId'>, reader: Reader): boolean {
  return reader.finance && entry.status === 'pending' && entry.recordedBy.openid !== reader.openid && (!entry.householdId || entry.householdId !== reader.householdId)
}

/** Receipt photos are shown to those who see names: the finance group and cadres. */
export const seesReceipts = (reader: Reader) => reader.seesNames

export function entryView(e: LedgerEntryDoc, reader: Reader, link?: LedgerChainDoc | null, receiptUrls: Record<string, string> = {}): LedgerEntryView {
  const day = businessDay(new Date(link?.approvedAt ?? e.recordedAt))
  return {
    id: e._id,
    status: e.status,
    seq: link?.seq ?? null,
    kind: e.kind,
    amountFen: e.amountFen,
    signedFen: e.signedFen,
    balanceFen: link?.balanceFen ?? null,
    day,
    quarter: link ? link.quarter : null,
    household: householdShown(e, reader, !!e.householdId && !!reader.named?.has(e.householdId)),
    ownHousehold: !!e.householdId && e.householdId === reader.householdId,
    itemId: e.itemId,
    itemText: e.itemText,
    source: e.source,
    purpose: e.purpose,
    hasReceipt: !!e.receiptFileId,
    receiptUrl: (seesReceipts(reader) && e.receiptFileId && receiptUrls[e.receiptFileId]) || null,
    reversesEntryId: e.reversesEntryId,
    reversesSeq: e.reversesSeq,
    reason: e.reason,
    recordedBy: e.recordedBy.name,
    decidedBy: e.decidedBy?.name ?? null,
    rejectReason: e.rejectReason,
    hash: link?.hash ?? null,
    canDecide: mayDecide(e, reader),
    canReverse: reader.finance && e.status === 'approved' && e.kind !== 'reversal',
  }
}

/** An approved entry as the chain holds it, shown like its workflow document. */
export function linkView(link: LedgerChainDoc, reader: Reader, receiptUrls: Record<string, string> = {}): LedgerEntryView {
  return entryView(linkAsEntry(link), reader, link, receiptUrls)
}

function linkAsEntry(l: LedgerChainDoc): LedgerEntryDoc {
  const person = (name: string): LedgerActorDoc => ({ openid: '', name, householdId: null })
  return {
    _id: l.entryId, villageId: l.villageId, townshipId: l.townshipId, kind: l.kind, amountFen: l.amountFen, signedFen: l.signedFen,
    householdId: l.householdId, householdLabel: l.householdLabel, itemId: l.itemId, itemText: l.itemText,
    source: l.source ? { type: l.source.split(':')[0] as 'review' | 'complaint', id: l.source.slice(l.source.indexOf(':') + 1) } : null,
    purpose: l.purpose, receiptFileId: l.receiptFileId, reversesEntryId: l.reversesEntryId, reversesSeq: l.reversesSeq, reason: l.reason,
    nonce: l.nonce, status: 'approved', recordedBy: person(l.recordedBy), recordedAt: l.recordedAt, requestId: '',
    decidedBy: person(l.approvedBy), decidedAt: l.approvedAt, rejectReason: null, decisionRequestId: l.requestId,
  }
}

export { signedFen, businessQuarter }
