// What redeeming an invite may do to a WeChat identity that already holds roles (issue 7.1).
// An invite binds a fresh identity outright. A bound identity is never renamed, never moved
// to another township, village or household, and never quietly given someone else's place:
// the only changes are the coherent "add this role" pairs below, and only once the person
// has confirmed them. Pure: the action loads the account and invite and acts on the answer.
import type { Role } from '../api/roles'

/** The parts of an account the rule looks at. */
export interface BoundIdentity {
  roles: readonly Role[]
  name: string | null
  townshipId: string | null
  villageId: string | null
  householdId: string | null
  memberId: string | null
}

/** The parts of an invite the rule looks at. */
export interface InviteGrant {
  kind: 'member' | 'role'
  role: Role
  townshipId: string
  villageId: string | null
  householdId: string | null
  memberId: string | null
  memberName: string | null
}

/**
 * - `bind`: the identity holds nothing yet; it becomes what the invite names.
 * - `add-role`: it keeps its name, village and household and gains the invite's role (and,
 *   for a household invite, its own member place); only with the person's confirmation.
 * - `held`: it already holds exactly what the invite grants.
 * - `refuse`: it is someone else already; the invite stays unused for its real owner.
 */
export type BindingDecision = 'bind' | 'add-role' | 'held' | 'refuse'

/**
 * | already bound as ↓ / invite →   | household (head or member) in V          | cadre of V             | township      |
 * |---------------------------------|------------------------------------------|------------------------|---------------|
 * | nobody (no account, no roles)   | bind                                     | bind                   | bind          |
 * | resident of V (head, member,    | held if the same member, else refuse     | add-role               | add-role      |
 * |   migrant, panel member)        |                                          |                        |               |
 * | resident of another village     | refuse                                   | refuse                 | add-role      |
 * | cadre of V, no household        | add-role if the member's name is the     | held                   | refuse        |
 * |                                 | account's own name, else refuse          |                        |               |
 * | cadre of another village        | refuse                                   | refuse                 | refuse        |
 * | township officer, no household  | add-role if the member's name is the     | refuse                 | held          |
 * |                                 | account's own name, else refuse          |                        |               |
 * Any identity of another township: refuse. A cadre or officer who already has a household
 * follows the resident rows for household and cadre invites, and never holds both offices.
 */
export function bindingDecision(who: BoundIdentity | null, invite: InviteGrant): BindingDecision {
  if (!who || who.roles.length === 0) return 'bind'
  if (holds(who, invite)) return 'held'
  if (who.townshipId && who.townshipId !== invite.townshipId) return 'refuse'
  const office = who.roles.includes('cadre') || who.roles.includes('township')

  if (invite.kind === 'member') {
    // One person is one member of one household, in the village they already belong to,
    // and only ever under their own name: a household invite for someone else is theirs.
    if (who.householdId) return 'refuse'
    if (who.villageId && who.villageId !== invite.villageId) return 'refuse'
    return office && sameName(who.name, invite.memberName) ? 'add-role' : 'refuse'
  }
  // A role invite adds an office to a resident; an identity holds at most one office.
  if (office || !who.householdId) return 'refuse'
  if (invite.role === 'township') return 'add-role'
  return invite.villageId === who.villageId ? 'add-role' : 'refuse'
}

/** The identity already holds what the invite grants (a second code for the same place). */
function holds(who: BoundIdentity, invite: InviteGrant): boolean {
  if (invite.kind === 'member') return !!who.householdId && who.householdId === invite.householdId && who.memberId === invite.memberId
  if (!who.roles.includes(invite.role)) return false
  return invite.role === 'township' ? who.townshipId === invite.townshipId : who.villageId === invite.villageId
}

const sameName = (a: string | null, b: string | null) => !!a && !!b && a.trim() === b.trim()
