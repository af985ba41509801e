import type { HouseholdSummary, HouseholdView } from '@chengxin/shared/src/api'
import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server'
import { groupNameOf } from './access'

export function summaryOf(doc: HouseholdDoc, groupName: string): HouseholdSummary {
  const head = doc.members.find((m) => m.isHead)
  return {
    id: doc._id, label: doc.label, groupId: doc.groupId, groupName, headName: head?.name ?? '',
    memberCount: doc.members.length, workingAwayCount: doc.members.filter((m) => m.workingAway).length,
    managementType: doc.managementType, archived: doc.archived,
  }
}

/** A household as the roster shows it: members with the masked ID number only, never the hash. */
export function householdView(doc: HouseholdDoc, village: VillageDoc): HouseholdView {
  return {
    ...summaryOf(doc, groupNameOf(village, doc.groupId)),
    villageId: village._id,
    villageName: village.name,
    members: doc.members.map((m) => ({
      id: m.id, name: m.name, relation: m.relation, isHead: m.isHead, workingAway: m.workingAway, idMasked: m.idMasked,
    })),
    archiveReason: doc.archive?.reason ?? null,
  }
}
