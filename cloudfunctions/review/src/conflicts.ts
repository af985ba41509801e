import type { MemberConflicts } from '@chengxin/shared/src/api'
import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server'
import { groupNameOf, iso, type MemberDoc } from './common'

type Labelled = Pick<HouseholdDoc, '_id' | 'label' | 'groupId'>

/** A member's declaration as the member and the supervision group see it (labels, never openids). */
export function memberConflicts(member: MemberDoc | undefined, name: string, ownHouseholdId: string | null, households: Labelled[], village: VillageDoc | undefined): MemberConflicts {
  const byId = new Map(households.map((h) => [h._id, h]))
  const entry = (id: string, kind: 'own' | 'relative') => {
    const h = byId.get(id)
    return { householdId: id, householdLabel: h?.label ?? id, groupName: h ? groupNameOf(village?.groups, h.groupId) : '', kind }
  }
  const own = member?.householdId ?? ownHouseholdId
  return {
    memberName: member?.name ?? name,
    conflicts: [...(own ? [entry(own, 'own')] : []), ...(member?.relatives ?? []).filter((id) => id !== own).map((id) => entry(id, 'relative'))],
    declaredAt: iso(member?.declaredAt),
    declarations: (member?.declarations ?? []).map((d) => ({ at: iso(d.at)!, householdIds: d.householdIds })),
    recusals: (member?.recusals ?? []).map((r) => ({ householdId: r.householdId, householdLabel: byId.get(r.householdId)?.label ?? r.householdId, at: iso(r.at)! })),
  }
}

/** Every household a set of members' declarations names (for labels). */
export const namedHouseholds = (members: MemberDoc[]) => [...new Set(members.flatMap((m) => [...m.relatives, ...(m.householdId ? [m.householdId] : []), ...m.recusals.map((r) => r.householdId)]))]
