import type { ComplaintCategory, ComplaintLevel, ComplaintStatus, EscalationReason } from '../domain/complaint-labels'

/** One event of a complaint's life. Days only: anonymous complaints must carry no time of day. */
export interface ComplaintEventDoc {
  kind: 'filed' | 'accepted' | 'answer' | 'note' | 'addition' | 'extended' | 'escalated' | 'reopened' | 'rated' | 'resolved' | 'closed'
  day: string
  by: 'author' | 'supervision' | 'township' | 'system'
  /** A handler's name (shown to handlers only); null for the author and the system. */
  byName: string | null
  text: string | null
  photos: string[]
  /** Internal notes: handlers only. */
  internal: boolean
  /** The change that wrote it — requestId for named changes, claimId for anonymous ones — so a retry finds its own. */
  change: string
}

/**
 * `complaints` (_id `cm-<requestId>` when named; `cm-<hash of the spent token>` when anonymous).
 * An anonymous one holds nothing of its author: no openid, account, household, member, name;
 * no time of day; its receipt only as a hash; the changes its author made by receipt as
 * claim ids and answers sealed under keys only the author's requestIds open.
 */
export interface ComplaintDoc {
  _id: string
  townshipId: string
  villageId: string
  villageName: string
  category: ComplaintCategory
  text: string
  photos: string[]
  anonymous: boolean
  /** Named only. */
  author: { openid: string; name: string; householdId: string; householdLabel: string } | null
  /** SHA-256 of the receipt (anonymous only). */
  receiptHash: string | null
  about: { name: string; roleLabel: string | null; personId: string | null } | null
  /** Never shown it: the person named and their household. */
  excludedIds: string[]
  excludedHouseholds: string[]
  /** The supervision members it was routed to (their openids), for notifications. */
  handlers: string[]
  level: ComplaintLevel
  escalation: EscalationReason | null
  status: ComplaintStatus
  filedDay: string
  acceptBy: string
  answerBy: string
  answerDays: number
  /** The next deadline the overdue timer watches (acceptBy, then answerBy), null once nothing is due or it escalated. */
  dueDay: string | null
  extension: { days: number; reason: string } | null
  firstAnswerDay: string | null
  firstAnswerWithin: boolean | null
  /** Day of the latest answer or closing: the 7 days to reopen run from it. */
  decidedDay: string | null
  reopenCount: number
  rating: { stars: number; comment: string } | null
  closeReason: string | null
  events: ComplaintEventDoc[]
  claims: Array<{ id: string; tag: string; answer: string }>
  version: number
}

/** `complaint_keys` (_id = period, e.g. 2026W48): the week's RSA key for filing tokens, its private half sealed. */
export interface ComplaintKeyDoc {
  _id: string
  n: string
  e: number
  keyId: string
  sealedPrivateKey: string
}

/** `complaint_grants` (_id = `<householdId>#<period>`): how many tokens the household obtained that week. Never links to spending. */
export interface ComplaintGrantDoc {
  _id: string
  householdId: string
  period: string
  count: number
}
