// Shapes of the stored documents (see database/collections.json). Instants are Dates.
import type { Role } from '../api/roles'
import type { VillageCheckupRules } from './checkup-documents'
import type { NotifyTemplate } from '../api/notify/templates'
import type { CommitmentState } from '../domain/commitment-state'
import type { EnrolmentCategory, EnrolmentState, ManagementType } from '../domain/enrolment-state'
import type { DocumentStatus } from '../domain/document-lifecycle'
import type { DocumentKind } from '../api/document/document'
import type { LedgerContent, LedgerKind, LedgerStatus, QuarterTotals } from '../domain/ledger-chain'

export interface VillageDoc {
  _id: string
  townshipId: string
  name: string
  kind: 'village' | 'community'
  groups: Array<{ id: string; name: string }>
  /** The village's own check-up rules over the township's defaults (absent: the defaults). */
  checkupRules?: VillageCheckupRules
}

export interface MemberDoc {
  id: string
  name: string
  relation: string
  isHead: boolean
  /** A member working in another city is a migrant resident: remote proofs instead of visits. */
  workingAway: { city: string } | null
  /** ID number stored only masked (e.g. 3412**********1234) plus a keyed hash. */
  idMasked: string | null
  idHash: string | null
}

export interface HouseholdDoc {
  _id: string
  villageId: string
  groupId: string
  label: string
  members: MemberDoc[]
  managementType: ManagementType
  /** Since when under managementType; absent means under contract since createdAt. */
  managementSince?: Date
  /** The approved enrolment that set managementType; only it can return the household to contract. */
  managementEnrolmentId?: string | null
  archived: boolean
  /** The head's choice to be named in the public ledger (household.consent); absent: not named. */
  ledgerNamed?: { named: boolean; at: Date; by: string; requestId: string } | null
  /** The head's choice to be named on the review's public notice (household.consent); absent: not named. */
  reviewNamed?: { named: boolean; at: Date; by: string; requestId: string } | null
  /** Why and by whom it left the roster (household.archive); the request lets a retry recognise it. */
  archive?: { reason: string; at: Date; by: string; requestId: string } | null
  createdAt: Date
  /** The request that last wrote the roster entry (create/update): a retry recognises its own write. */
  requestId?: string
  updatedAt?: Date
}

export type PanelGroup = 'review' | 'supervision' | 'finance'

export interface AccountDoc {
  _id: string // openid
  name: string | null
  roles: Role[]
  townshipId: string | null
  townshipName: string | null
  villageId: string | null
  villageName: string | null
  householdId: string | null
  householdLabel: string | null
  groupName: string | null
  memberId: string | null
  isHead: boolean
  privacyConsent: { version: string; at: Date } | null
  /** With role 'panel': which village groups this resident sits on (panel.assign). */
  panelGroups?: PanelGroup[]
  createdAt: Date
  updatedAt: Date
}

export interface InviteDoc {
  _id: string // the code
  kind: 'member' | 'role'
  role: Role
  townshipId: string
  townshipName: string
  villageId: string | null
  villageName: string | null
  householdId: string | null
  householdLabel: string | null
  groupName: string | null
  memberId: string | null
  memberName: string | null
  isHead: boolean
  expiresAt: Date
  usedBy: string | null
  usedAt: Date | null
  createdBy: string
  createdAt: Date
  /** The mini-program code image (member invites), in cloud storage. */
  qrFileId?: string | null
  /** The request that created it: a retry after a lost reply finds its own invite. */
  requestId?: string
}

export interface SignatureDoc {
  name: string
  openid: string
  memberId: string | null
  role: 'household-head' | 'cadre'
  at: Date
  templateVersion: number
  contentHash: string
  /** The request that wrote it: a retry after a lost reply recognises its own signature. */
  requestId: string
}

export interface CommitmentTemplateDoc {
  _id: string // `${villageId}:v${version}`
  villageId: string
  version: number
  title: string
  villageItems: Array<{ id: string; text: string }>
  householdItems: Array<{ id: string; text: string }>
  publishedAt: Date
  publishedBy: string
  /** The request that published it: a retry continues instead of publishing again. */
  requestId: string
}

export interface CommitmentDoc {
  _id: string
  householdId: string
  villageId: string
  groupId: string
  villageName: string
  householdLabel: string
  groupName: string
  templateId: string
  templateVersion: number
  title: string
  villageItems: Array<{ id: string; text: string }>
  householdItems: Array<{ id: string; text: string }>
  contentHash: string
  status: CommitmentState
  householdSignature: SignatureDoc | null
  villageSignature: SignatureDoc | null
  createdAt: Date
  updatedAt: Date
}

/** One step of an enrolment application, with the request that took it (a retry recognises it). */
export interface EnrolmentStepDoc {
  status: EnrolmentState
  at: Date
  by: { openid: string; name: string; role: 'household-head' | 'cadre' }
  category: EnrolmentCategory | null
  reason: string | null
  requestId: string
}

export interface EnrolmentDoc {
  _id: string // `${householdId}:e${seq}`: concurrent applications of one household collide on it
  householdId: string
  villageId: string
  householdLabel: string
  groupName: string
  /** 1, 2, … per household: the history's order. */
  seq: number
  requestedCategory: EnrolmentCategory
  statement: string
  status: EnrolmentState
  /** Granted on approval; may differ from requestedCategory. */
  category: EnrolmentCategory | null
  reason: string | null
  appliedAt: Date
  updatedAt: Date
  history: EnrolmentStepDoc[]
}

/** An outbox entry travels inside the change's audit record (one write, same fate). */
export interface OutboxEntry {
  /** A person (openid), every bound member of a household, or everyone holding a role in a village. */
  to: { openid: string } | { householdId: string } | { villageId: string; role: Role }
  /** One of the names in api/notify/templates.ts (a WeChat template may exist for it). */
  template: NotifyTemplate
  title: string
  body: string
  page: string
}

export interface AuditDoc {
  _id: string // requestId for changes
  kind: 'change' | 'read'
  action: string
  actor: { openid: string; name: string | null; roles: Role[] }
  target: { collection: string; id: string; villageId: string | null; householdId: string | null }
  summary: string
  at: Date
  inputHash: string
  response: unknown
  outbox: OutboxEntry[]
  outboxPending: boolean
  /**
   * Changes only: 'pending' from just before the change runs until its record is complete
   * (entries from before this field existed are complete). See record.ts.
   */
  state?: 'pending' | 'done'
  /** Pending only: which invocation works on the change, until when, and its sealed input. */
  lease?: string
  leaseUntil?: Date
  sealedInput?: string
}

/** One in-app message per (audit entry, outbox index, recipient): `_id` = `${requestId}#${index}#${openid}`. */
export interface InboxDoc {
  _id: string
  openid: string
  template: string
  title: string
  body: string
  page: string
  /** When the change happened (the audit entry's `at`), not when the relay ran. */
  at: Date
  readAt: Date | null
}

/** Unused WeChat one-time subscriptions of a person for a template: `_id` = `${openid}#${template}`. */
export interface SubscriptionDoc {
  _id: string
  openid: string
  template: string
  remaining: number
  /** The last subscription.grant that counted here: its retry must not count twice. */
  lastGrant: string
  updatedAt: Date
}

export type DeliveryStatus = 'claimed' | 'sending' | 'retry' | 'sent' | 'failed' | 'no-subscription' | 'unknown'

export interface DeliveryAttempt {
  at: Date
  result: 'sent' | 'failed' | 'no-subscription'
  errCode?: number
}

/** The WeChat side of one inbox message (same `_id`); carries what it needs to send on its own. */
export interface DeliveryDoc {
  _id: string
  requestId: string
  entry: number
  openid: string
  template: string
  title: string
  body: string
  page: string
  at: Date
  status: DeliveryStatus
  /** The relay run that holds it while `claimed` or `sending`, until `leaseUntil`. */
  owner: string | null
  leaseUntil: Date | null
  /** A subscription was used up for it (a retry must not use another). */
  consumed: boolean
  attempts: DeliveryAttempt[]
  nextAttemptAt: Date | null
  createdAt: Date
}

/** One version of a village document: `_id` = `${villageId}:${kind}:v${version}`. */
export interface VillageDocumentDoc {
  _id: string
  villageId: string
  villageName: string
  kind: DocumentKind
  version: number
  title: string
  body: string
  status: DocumentStatus
  notice: { days: number; startsAt: Date; endsAt: Date; requestId: string } | null
  vote: {
    meetingDate: string
    for: number
    against: number
    abstain: number
    outcome: 'adopted' | 'rejected'
    /** The request that recorded it: a retry after a lost reply recognises its own vote. */
    requestId: string
  } | null
  adoptedAt: Date | null
  supersededAt: Date | null
  createdAt: Date
  updatedAt: Date
}

/** A resident's opinion on a version on notice: `_id` = requestId. Only the name is kept about the person. */
export interface DocumentCommentDoc {
  _id: string
  documentId: string
  villageId: string
  /** Only to show residents their own comments; never returned. */
  openid: string
  name: string
  text: string
  at: Date
}

/** Who recorded or decided a ledger entry: the member's name is public, the openid never leaves the server. */
export interface LedgerActorDoc {
  openid: string
  name: string
  householdId: string | null
}

/**
 * One ledger entry through its two-person workflow (`_id` = `le-<requestId>`, a reversal
 * `<original>.r<n>`). Its content is written once; only the decision is added, from
 * 'pending' only. An approved entry also has its link in `ledger_chain`.
 */
export interface LedgerEntryDoc {
  _id: string
  villageId: string
  townshipId: string
  kind: LedgerKind
  amountFen: number
  signedFen: number
  householdId: string | null
  householdLabel: string | null
  itemId: string | null
  itemText: string | null
  source: { type: 'review' | 'complaint'; id: string } | null
  purpose: string
  receiptFileId: string | null
  reversesEntryId: string | null
  reversesSeq: number | null
  reason: string | null
  /** Random, per entry: the chain records householdTag(householdId, nonce), never the id. */
  nonce: string
  status: LedgerStatus
  recordedBy: LedgerActorDoc
  recordedAt: Date
  requestId: string
  decidedBy: LedgerActorDoc | null
  decidedAt: Date | null
  rejectReason: string | null
  /** The request that decided it: a retry recognises its own decision. */
  decisionRequestId: string | null
}

/** An approved entry's link in the village chain (`_id` = `<villageId>#<seq, 7 digits>`), inserted once. */
export interface LedgerChainDoc extends LedgerContent {
  _id: string
  entryId: string
  townshipId: string
  quarter: string
  householdId: string | null
  householdLabel: string | null
  nonce: string
  itemText: string | null
  receiptFileId: string | null
  reversesEntryId: string | null
  recordedAt: Date
  approvedAt: Date
  prevHash: string
  contentHash: string
  hash: string
  requestId: string
}

/** A quarter's totals on public notice (`_id` = `<villageId>:<quarter>:p<version>`). */
export interface LedgerNoticeDoc {
  _id: string
  villageId: string
  villageName: string
  quarter: string
  version: number
  totals: QuarterTotals
  through: { seq: number; hash: string }
  publishedBy: { openid: string; name: string }
  publishedAt: Date
  noticeEndsAt: Date
  requestId: string
}
