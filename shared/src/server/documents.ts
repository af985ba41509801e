// Shapes of the stored documents (see database/collections.json). Instants are Dates.
import type { Role } from '../api/roles'
import type { CommitmentState } from '../domain/commitment-state'

export interface VillageDoc {
  _id: string
  townshipId: string
  name: string
  kind: 'village' | 'community'
  groups: Array<{ id: string; name: string }>
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
  managementType: 'contract' | 'recognised' | 'committed' | 'behavioural'
  archived: boolean
  createdAt: Date
}

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

/** An outbox entry travels inside the change's audit record (one write, same fate). */
export interface OutboxEntry {
  /** A person (openid), every bound member of a household, or everyone holding a role in a village. */
  to: { openid: string } | { householdId: string } | { villageId: string; role: Role }
  template: string
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
}
