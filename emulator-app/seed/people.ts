// The demo identities: one account per role, bound to real seeded households, plus fresh
// WeChat identities that redeem the printed invite codes in the journeys.
import type { AccountDoc, HouseholdDoc, InviteDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import { TOWNSHIP, townshipOf } from './villages'

const CADRE_NAMES = ['李桂芳', '王德胜', '陈玉兰', '赵志刚', '孙美华', '周红霞', '吴立群', '郑海波', '冯晓丽', '何建军', '韩雪', '唐国栋', '曹丽萍', '许文华']

export const DEMO_INVITES = {
  head: 'SZHEAD23',   // 十字村, household 003's head
  member: 'SZMEMB45', // 十字村, household 003's spouse
  otherVillage: 'BZHEAD67', // 百子村, household 003's head
  cadre: 'SZCADRE8',  // a second cadre for 十字村
} as const

/** Fresh WeChat identities with no account yet: they sign in, then redeem a code. */
export const NEW_IDENTITIES = [
  { openid: 'o-new-villager-1', name: '新用户（未绑定）一', note: `可用邀请码 ${DEMO_INVITES.head} 绑定为十字村一户的户主` },
  { openid: 'o-new-villager-2', name: '新用户（未绑定）二', note: `可用邀请码 ${DEMO_INVITES.member} 绑定为同一户的家庭成员` },
  { openid: 'o-new-cadre', name: '新用户（未绑定）三', note: `可用邀请码 ${DEMO_INVITES.cadre} 绑定为十字村村专干` },
]

function account(openid: string, fields: Partial<AccountDoc>, now: Date): AccountDoc {
  return {
    _id: openid, name: null, roles: [], townshipId: TOWNSHIP._id, townshipName: TOWNSHIP.name, villageId: null,
    villageName: null, householdId: null, householdLabel: null, groupName: null, memberId: null, isHead: false,
    privacyConsent: { version: '2026-11', at: now }, createdAt: now, updatedAt: now, ...fields,
  }
}

function resident(openid: string, hh: HouseholdDoc, v: VillageDoc, memberIndex: number, now: Date, extra: Partial<AccountDoc> = {}): AccountDoc {
  const m = hh.members[memberIndex]
  return account(openid, {
    name: m.name, roles: ['resident'], villageId: v._id, villageName: v.name, householdId: hh._id, householdLabel: hh.label,
    groupName: v.groups.find((g) => g.id === hh.groupId)!.name, memberId: m.id, isHead: m.isHead, ...extra,
  }, now)
}

export function demoAccounts(villages: VillageDoc[], households: HouseholdDoc[], now: Date): AccountDoc[] {
  const [shizi, baizi] = villages
  const inVillage = (v: VillageDoc) => households.filter((h) => h.villageId === v._id)
  const [sz1, sz2] = inVillage(shizi)
  const [bz1] = inVillage(baizi)
  const away = inVillage(shizi).find((h) => h.members.some((m) => m.workingAway))!
  const awayIndex = away.members.findIndex((m) => m.workingAway)
  // The second finance-group member (理财小组): a head of a household no other demo identity uses.
  const [treasurer, neighbour] = inVillage(shizi).slice(4).filter((h) => h !== away)
  return [
    account('o-township-officer', { name: '周明（镇卫健办）', roles: ['township'] }, now),
    ...villages.map((v, i) => account(`o-cadre-${v._id.slice(2)}`, {
      name: CADRE_NAMES[i % CADRE_NAMES.length], roles: ['cadre'], villageId: v._id, villageName: v.name, townshipId: v.townshipId, townshipName: townshipOf(i).name,
    }, now)),
    resident('o-resident-head', sz1, shizi, 0, now),
    resident('o-resident-spouse', sz1, shizi, 1, now),
    resident('o-resident-baizi', bz1, baizi, 0, now),
    resident('o-migrant', away, shizi, awayIndex, now),
    resident('o-panel-member', sz2, shizi, 0, now, { roles: ['resident', 'panel'], panelGroups: ['review', 'supervision', 'finance'] }),
    resident('o-finance-member', treasurer, shizi, 0, now, { roles: ['resident', 'panel'], panelGroups: ['finance'] }),
    // A 十字村 resident with no other part in the demo: sees the ledger as any neighbour does.
    resident('o-resident-neighbour', neighbour, shizi, 0, now),
  ]
}

function invite(code: string, hh: HouseholdDoc, v: VillageDoc, memberIndex: number, now: Date): InviteDoc {
  const m = hh.members[memberIndex]
  return {
    _id: code, kind: 'member', role: 'resident', townshipId: TOWNSHIP._id, townshipName: TOWNSHIP.name,
    villageId: v._id, villageName: v.name, householdId: hh._id, householdLabel: hh.label,
    groupName: v.groups.find((g) => g.id === hh.groupId)!.name, memberId: m.id, memberName: m.name, isHead: m.isHead,
    expiresAt: new Date(now.getTime() + 30 * 86400000), usedBy: null, usedAt: null, createdBy: `o-cadre-${v._id.slice(2)}`, createdAt: now,
  }
}

export function demoInvites(villages: VillageDoc[], households: HouseholdDoc[], now: Date): InviteDoc[] {
  const [shizi, baizi] = villages
  const third = (v: VillageDoc) => households.filter((h) => h.villageId === v._id)[2]
  return [
    invite(DEMO_INVITES.head, third(shizi), shizi, 0, now),
    invite(DEMO_INVITES.member, third(shizi), shizi, 1, now),
    invite(DEMO_INVITES.otherVillage, third(baizi), baizi, 0, now),
    {
      _id: DEMO_INVITES.cadre, kind: 'role', role: 'cadre', townshipId: TOWNSHIP._id, townshipName: TOWNSHIP.name,
      villageId: shizi._id, villageName: shizi.name, householdId: null, householdLabel: null, groupName: null,
      memberId: null, memberName: '新任村专干', isHead: false, expiresAt: new Date(now.getTime() + 30 * 86400000),
      usedBy: null, usedAt: null, createdBy: 'o-township-officer', createdAt: now,
    },
  ]
}
