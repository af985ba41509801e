// Demo complaints (issue 8) in 十字村, handled by its supervision group (o-panel-member, a
// resident distinct from the cadre): an answered named one, a resolved one, and an answered
// anonymous one whose receipt is printed in the README so the follow-by-receipt page has
// something to find. Older than a month and settled, so no deadline is running.
import { createHash } from 'crypto'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import type { AccountDoc, HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import type { ComplaintDoc as Complaint } from '@chengxin/shared/src/server/complaint-documents'

/** The demo anonymous complaint's receipt (十字村). */
export const DEMO_RECEIPT = 'DEMA-5Z2K-8QWP-4HTR'

const DAY = 86_400_000

export function demoComplaints(villages: VillageDoc[], households: HouseholdDoc[], accounts: AccountDoc[], now: Date): Complaint[] {
  const shizi = villages[0]
  const author = accounts.find((a) => a._id === 'o-resident-neighbour')
  const supervisor = accounts.find((a) => a._id === 'o-panel-member')
  if (!shizi || !author || !supervisor) return []
  const day = (daysAgo: number) => businessDay(new Date(now.getTime() - daysAgo * DAY))
  const plus = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)
  const ev = (kind: Complaint['events'][number]['kind'], d: string, by: Complaint['events'][number]['by'], text: string | null, change: string): Complaint['events'][number] =>
    ({ kind, day: d, by, byName: by === 'supervision' ? supervisor.name : null, text, photos: [], internal: false, change })
  const base = (id: string, filed: string, category: Complaint['category'], text: string): Complaint => ({
    _id: id, townshipId: shizi.townshipId, villageId: shizi._id, villageName: shizi.name, category, text, photos: [],
    anonymous: false, author: null, receiptHash: null, about: null, excludedIds: [], excludedHouseholds: [], handlers: [supervisor._id],
    level: 'village', escalation: null, status: 'answered', filedDay: filed, acceptBy: plus(filed, 2), answerBy: plus(filed, 15), answerDays: 15,
    dueDay: null, extension: null, firstAnswerDay: null, firstAnswerWithin: null, decidedDay: null, reopenCount: 0, rating: null, closeReason: null,
    events: [ev('filed', filed, 'author', null, `seed-${id}`)], claims: [], version: 1,
  })
  const named = (c: Complaint): Complaint => ({
    ...c, author: { openid: author._id, name: author.name ?? '', householdId: author.householdId!, householdLabel: author.householdLabel ?? '' },
  })
  void households

  const road = named(base('cm-demo-road', day(50), 'promise', '村里承诺今年修好三组的路，到现在还没有动工'))
  road.events.push(ev('accepted', day(49), 'supervision', null, 'seed-road-a'), ev('answer', day(40), 'supervision', '已与村委会核实：工程款已到位，下月开工，监督小组会跟进', 'seed-road-b'))
  Object.assign(road, { firstAnswerDay: day(40), firstAnswerWithin: true, decidedDay: day(40) })

  const review = named(base('cm-demo-review', day(70), 'review', '上季度评议时我家被扣分，没有人说明理由'))
  review.events.push(ev('answer', day(60), 'supervision', '已调出评议记录，扣分理由为未按时参加检查，已补充说明', 'seed-review-a'),
    ev('rated', day(59), 'author', '4星：说清楚了', 'seed-review-b'), ev('resolved', day(59), 'author', null, 'seed-review-b'))
  Object.assign(review, { status: 'resolved', firstAnswerDay: day(60), firstAnswerWithin: true, decidedDay: day(60), rating: { stars: 4, comment: '说清楚了' } })

  // Anonymous: nothing of its author, days only, the receipt as a hash.
  const anonymous = base('cm-demo-anonymous', day(45), 'conduct', '有干部上班时间经常不在村部，群众办事找不到人')
  Object.assign(anonymous, {
    anonymous: true, receiptHash: createHash('sha256').update(`chengxin/receipt/v1:${DEMO_RECEIPT}`).digest('hex'),
    firstAnswerDay: day(35), firstAnswerWithin: true, decidedDay: day(35),
  })
  anonymous.events.push(ev('accepted', day(44), 'supervision', null, 'seed-anon-a'), ev('answer', day(35), 'supervision', '已提醒村干部按时坐班，村部门口公示值班表', 'seed-anon-b'))
  return [road, review, anonymous]
}
