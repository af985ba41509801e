// Demo integrity-management applications: a few pending in 十字村 and 百子村 for the cadre's
// queue, and one rejected one in the history. None is approved, so every seeded household
// stays under contract management and check-up plans start from the simple case.
import type { EnrolmentDoc, HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server/documents'

const STATEMENTS = {
  recognised: '本户多年遵守村规民约，按时参加各项健康服务，邻里公认。特申请纳入公认诚信管理。',
  committed: '本户承诺按时参加村里安排的家庭健康服务，如有变化主动向村专干报告，特申请纳入承诺诚信管理。',
  behavioural: '本户近两年按约参加检查、无违约记录，申请按行为诚信管理。',
} as const

function application(hh: HouseholdDoc, groupName: string, category: keyof typeof STATEMENTS, at: Date, rejected?: { by: string; reason: string }): EnrolmentDoc {
  const head = hh.members[0]
  const applied = { status: 'pending' as const, at, by: { openid: `seed-${hh._id}`, name: head.name, role: 'household-head' as const }, category, reason: null, requestId: `seed-${hh._id}-apply` }
  const decidedAt = new Date(at.getTime() + 2 * 86400000)
  const history = rejected
    ? [applied, { status: 'rejected' as const, at: decidedAt, by: { openid: 'seed-cadre', name: rejected.by, role: 'cadre' as const }, category: null, reason: rejected.reason, requestId: `seed-${hh._id}-decide` }]
    : [applied]
  return {
    _id: `${hh._id}:e1`, householdId: hh._id, villageId: hh.villageId, householdLabel: hh.label, groupName, seq: 1,
    requestedCategory: category, statement: STATEMENTS[category], status: rejected ? 'rejected' : 'pending',
    category: null, reason: rejected?.reason ?? null, appliedAt: at, updatedAt: rejected ? decidedAt : at, history,
  }
}

export function demoEnrolments(villages: VillageDoc[], households: HouseholdDoc[], now: Date): EnrolmentDoc[] {
  const day = (n: number) => new Date(now.getTime() - n * 86400000)
  const groupOf = (h: HouseholdDoc) => villages.find((v) => v._id === h.villageId)?.groups.find((g) => g.id === h.groupId)?.name ?? ''
  // From the 5th household on, none working away: clear of the demo identities' households.
  const quiet = (villageId: string) => households.filter((h) => h.villageId === villageId).slice(4)
    .filter((h) => !h.members.some((m) => m.workingAway))
  const [a, b, c, d] = quiet('v-shizi')
  const [e] = quiet('v-baizi')
  const planned: Array<[HouseholdDoc | undefined, keyof typeof STATEMENTS, number, { by: string; reason: string }?]> = [
    [a, 'committed', 3], [b, 'recognised', 2], [c, 'behavioural', 1],
    [d, 'recognised', 20, { by: '李桂芳', reason: '村民评议中对该户意见不一，建议先申请承诺诚信' }],
    [e, 'committed', 4],
  ]
  return planned.filter(([h]) => h).map(([h, category, ago, rejected]) => application(h!, groupOf(h!), category, day(ago), rejected))
}
