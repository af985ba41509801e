import type {
  AccountDoc, AuditDoc, CommitmentDoc, CommitmentTemplateDoc, DeliveryDoc, DocumentCommentDoc, EnrolmentDoc, HouseholdDoc,
  InboxDoc, InviteDoc, LedgerChainDoc, LedgerEntryDoc, LedgerNoticeDoc, SubscriptionDoc, VillageDoc, VillageDocumentDoc,
} from './documents'
import type { BookingDoc, ProofDoc, SiteDoc, SlotDoc, WaitlistDoc } from './checkup-documents'
import type { AssessmentDoc, AssessmentRoundDoc, CounterDoc, CounterStateDoc } from './report-documents'
import type { TownshipDoc } from './report-documents'
import type { ChangeRecord } from './record'
import { listOf, type Database } from './cloud'

/**
 * Documents an action wants loaded with the caller: by id or an indexed filter (`match`),
 * and/or by fields of the caller's own account (`ofCaller: { villageId: 'villageId' }` loads
 * documents whose villageId is the caller's), optionally sorted, at most `limit` (default 1).
 * `root`: the one document (by `match`) the load starts from, for an action that callers
 * with no account yet also reach (an invite by its code); not with `ofCaller` preloads.
 */
/** What each collection stores, so the documents an action preloads are typed where it declares them. */
export interface CollectionDocs {
  villages: VillageDoc; households: HouseholdDoc; accounts: AccountDoc; invites: InviteDoc
  commitment_templates: CommitmentTemplateDoc; commitments: CommitmentDoc; enrolments: EnrolmentDoc
  inbox: InboxDoc; subscriptions: SubscriptionDoc; deliveries: DeliveryDoc
  village_documents: VillageDocumentDoc; document_comments: DocumentCommentDoc
  proofs: ProofDoc; bookings: BookingDoc; waitlist: WaitlistDoc; checkup_sites: SiteDoc; checkup_slots: SlotDoc
  ledger_entries: LedgerEntryDoc; ledger_chain: LedgerChainDoc; ledger_notices: LedgerNoticeDoc; audit: AuditDoc
  report_counters: CounterDoc; report_state: CounterStateDoc; assessments: AssessmentDoc; assessment_rounds: AssessmentRoundDoc
  townships: TownshipDoc
}

export type Preload = Record<string, {
  /** A collection of CollectionDocs types its documents; any other name loads them untyped. */
  from: keyof CollectionDocs | (string & {})
  match?: Record<string, unknown>
  ofCaller?: Record<string, keyof AccountDoc>
  sort?: Record<string, 1 | -1>
  limit?: number
  root?: boolean
}>

function lookupStages(spec: Preload[string]): { let?: Record<string, string>; pipeline: object[] } {
  const pipeline: object[] = []
  const bindings = Object.entries(spec.ofCaller ?? {})
  if (spec.match) pipeline.push({ $match: spec.match })
  if (bindings.length) {
    pipeline.push({ $match: { $expr: { $and: bindings.map(([field], i) => ({ $eq: [`$${field}`, `$$c${i}`] })) } } })
  }
  if (spec.sort) pipeline.push({ $sort: spec.sort })
  pipeline.push({ $limit: spec.limit ?? 1 })
  const vars = Object.fromEntries(bindings.map(([, own], i) => [`c${i}`, `$${String(own)}`]))
  return bindings.length ? { let: vars, pipeline } : { pipeline }
}

/** `ctx.preloaded` for a preload declaration: each name holds its collection's documents. */
export type Preloaded<P extends Preload> = {
  [K in keyof P]: P[K]['from'] extends keyof CollectionDocs ? Array<CollectionDocs[P[K]['from']]> : unknown[]
}

export interface Loaded {
  account: AccountDoc | null
  prior: ChangeRecord | null
  preloaded: Record<string, unknown[]>
}

/**
 * One round trip for everything an action needs before it runs: the caller's account, the
 * first answer to this requestId (if it was seen before) and the action's own preloads,
 * as `$lookup`s from the caller's account document. A caller without an account yet
 * (first sign-in) falls back to plain reads.
 */
export async function loadContext(db: Database, openid: string, requestId: string | undefined, preload: Preload): Promise<Loaded> {
  const lookups: Preload = { ...preload }
  if (requestId) lookups._prior = { from: 'audit', match: { _id: requestId }, limit: 1 }

  const rooted = Object.entries(preload).find(([, spec]) => spec.root && spec.match)
  if (rooted && !Object.values(preload).some((spec) => spec.ofCaller)) {
    const loaded = await loadFromDocument(db, openid, rooted, lookups)
    if (loaded) return loaded
  }

  let agg = db.collection('accounts').aggregate().match({ _id: openid })
  for (const [as, spec] of Object.entries(lookups)) {
    // Raw stages are what the SDK's pipeline builder produces (`$.pipeline()…done()`).
    agg = agg.lookup({ from: spec.from, ...lookupStages(spec), as } as never)
  }
  const [root] = listOf<AccountDoc & Record<string, unknown[]>>(await agg.end())
  if (root) {
    const preloaded: Record<string, unknown[]> = {}
    for (const as of Object.keys(preload)) preloaded[as] = root[as] ?? []
    const prior = (root._prior?.[0] as Loaded['prior']) ?? null
    const account = { ...root } as Record<string, unknown>
    for (const as of Object.keys(lookups)) delete account[as]
    return { account: account as unknown as AccountDoc, prior, preloaded }
  }

  // Without an account there is no caller to match: those preloads are empty. A change's
  // earlier record is not read here: claiming its requestId finds it (see change.ts).
  const reads = Object.entries(preload).map(async ([as, spec]) => {
    if (spec.ofCaller || !spec.match) return [as, []] as const
    const res = await db.collection(spec.from).where(spec.match).limit(spec.limit ?? 1).get()
    return [as, listOf<unknown>(res)] as const
  })
  return { account: null, prior: null, preloaded: Object.fromEntries(await Promise.all(reads)) }
}

/**
 * The same single round trip started from the action's root document, with the caller's
 * account as one more lookup: an identity not bound yet has no account to start from, and
 * would otherwise cost a read per preload. Null when the root document does not exist.
 */
async function loadFromDocument(db: Database, openid: string, [name, spec]: [string, Preload[string]], lookups: Preload): Promise<Loaded | null> {
  let agg = db.collection(spec.from).aggregate().match(spec.match!).limit(1)
    .lookup({ from: 'accounts', pipeline: [{ $match: { _id: openid } }, { $limit: 1 }], as: '_account' } as never)
  const others = Object.entries(lookups).filter(([as]) => as !== name)
  for (const [as, other] of others) agg = agg.lookup({ from: other.from, ...lookupStages(other), as } as never)
  const [found] = listOf<Record<string, unknown>>(await agg.end())
  if (!found) return null
  const doc = { ...found }
  const preloaded: Record<string, unknown[]> = {}
  for (const [as] of others) {
    if (as !== '_prior') preloaded[as] = (doc[as] as unknown[]) ?? []
    delete doc[as]
  }
  delete doc._account
  preloaded[name] = [doc]
  const account = ((found._account as AccountDoc[]) ?? [])[0] ?? null
  return { account, prior: ((found._prior as ChangeRecord[]) ?? [])[0] ?? null, preloaded }
}
