import type { PanelGroup, PanelMember } from '@chengxin/shared/src/api'
import type { AccountDoc } from '@chengxin/shared/src/server'

// Stored and shown in one order, whatever order the cadre ticked them in.
const ORDER: PanelGroup[] = ['review', 'supervision', 'finance']
export const inOrder = (groups: PanelGroup[]) => ORDER.filter((g) => groups.includes(g))

export function panelMember(a: Pick<AccountDoc, 'householdId' | 'householdLabel' | 'groupName' | 'memberId' | 'name' | 'panelGroups'>): PanelMember {
  return {
    householdId: a.householdId ?? '', householdLabel: a.householdLabel ?? '', groupName: a.groupName ?? '',
    memberId: a.memberId ?? '', name: a.name ?? '', groups: inOrder(a.panelGroups ?? []),
  }
}
