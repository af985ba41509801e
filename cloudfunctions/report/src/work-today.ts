import type { WorkItem, WorkSection } from '@chengxin/shared/src/api'
import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessDay, businessQuarter, WORK_LABELS, type WorkKey } from '@chengxin/shared/src/domain'
import type { AccountDoc } from '@chengxin/shared/src/server'
import { accountOf, defineAction, listOf } from '@chengxin/shared/src/server'
import { iso } from './scope'

type Lookup = { from: string; pipeline: object[]; as: string }
const counted = (as: string, from: string, match: object): Lookup => ({ from, as, pipeline: [{ $match: match }, { $count: 'n' }] })
// Raw stages inside a $lookup are sent as they are: operators are written out ($in, $ne), not db.command's.
const rows = (as: string, from: string, match: object, project: object, limit = 200, sort?: object): Lookup =>
  ({ from, as, pipeline: [{ $match: match }, ...(sort ? [{ $sort: sort }] : []), { $limit: limit }, { $project: project }] })

/** complaint.list's open statuses: waiting to be accepted, to be answered, or for the author's reply. */
const OPEN = ['submitted', 'accepted', 'answered']

const item = (key: WorkKey, count: number, page: string, extra: Partial<WorkItem> = {}): WorkItem =>
  ({ key, label: WORK_LABELS[key], count, urgent: 0, of: null, page, asOf: null, ...extra })

/**
 * 首页 counts for every role the caller holds. Everything but the overdue households is
 * counted live: the context, one aggregate of `$count` lookups from the caller's account, and
 * (during a review round) one more for the round's progress. Overdue households move with
 * the date alone, so they come from the village's counter (`asOf`).
 */
export const workToday = defineAction<'work.today'>()({
  async run(ctx) {
    const a = accountOf(ctx.caller)
    const now = new Date()
    const today = businessDay(now)
    const quarter = businessQuarter(now)
    const cadre = a.roles.includes('cadre') && !!a.villageId
    const panel = a.roles.includes('panel') && !!a.villageId
    const township = a.roles.includes('township') && !!a.townshipId && !a.villageId
    const groups = new Set(a.panelGroups ?? [])
    const v = a.villageId ?? '-'
    const lookups: Lookup[] = []
    if (cadre || panel) {
      lookups.push(rows('round', 'review_rounds', { villageId: v }, { quarter: 1, status: 1 }, 1, { quarter: -1 }))
      lookups.push(rows('village', 'villages', { _id: v }, { groups: 1 }, 1))
    }
    if (cadre) {
      lookups.push(
        counted('countersign', 'commitments', { villageId: v, status: 'awaiting-village' }),
        counted('enrolments', 'enrolments', { villageId: v, status: 'pending' }),
        counted('proofs', 'proofs', { villageId: v, status: 'pending' }),
        rows('slots', 'checkup_slots', { townshipId: a.townshipId, day: today, status: 'open' }, { villageIds: 1 }),
        counted('attendance', 'bookings', { villageId: v, day: today, status: 'booked' }),
        rows('counter', 'report_counters', { villageId: v }, { quarter: 1, countedAt: 1, 'figures.checkups.overdue': 1 }, 1, { quarter: -1 }),
      )
    }
    if (cadre || (panel && groups.has('supervision'))) {
      lookups.push(rows('complaints', 'complaints', { villageId: v, status: { $in: OPEN }, escalation: { $ne: 'conflict' } }, { status: 1, acceptBy: 1, answerBy: 1, excludedIds: 1, excludedHouseholds: 1, 'author.openid': 1 }, 1000))
    }
    if (panel && groups.has('finance')) {
      lookups.push(rows('ledger', 'ledger_entries', { villageId: v, status: 'pending' }, { recordedBy: 1, householdId: 1 }, 1000))
    }
    if (township) {
      lookups.push(
        rows('townComplaints', 'complaints', { townshipId: a.townshipId, status: { $in: OPEN } }, { status: 1, acceptBy: 1, answerBy: 1 }, 1000),
        rows('assessmentRound', 'assessment_rounds', { townshipId: a.townshipId }, { quarter: 1, villages: 1 }, 1, { quarter: -1 }),
      )
    }
    let agg = ctx.db.collection('accounts').aggregate().match({ _id: a._id })
    for (const l of lookups) agg = agg.lookup(l as never)
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lookups' shapes are declared just above
    const got = (listOf<Record<string, any[]>>(await agg.end())[0] ?? {}) as Record<string, any[]>
    const n = (as: string) => got[as]?.[0]?.n ?? 0

    const round = got.round?.[0] as { _id: string; quarter: string; status: string } | undefined
    const openRound = round && round.status === 'open' ? round : undefined
    const groupCount = (got.village?.[0]?.groups ?? []).length
    const assessment = got.assessmentRound?.[0] as { _id: string; quarter: string; villages: number } | undefined
    // The second aggregate: the round's confirmations (review) and the township's submitted assessments.
    const second: Lookup[] = []
    if (openRound) second.push(rows('confirms', 'review_confirms', { roundId: openRound._id }, { scorer: 1 }, 10_000), counted('members', 'review_members', { roundId: openRound._id }))
    if (assessment) second.push(counted('submitted', 'assessments', { townshipId: a.townshipId, quarter: assessment.quarter, status: 'submitted' }))
    let more: Record<string, any[]> = {} // eslint-disable-line @typescript-eslint/no-explicit-any
    if (second.length) {
      let agg2 = ctx.db.collection('accounts').aggregate().match({ _id: a._id })
      for (const l of second) agg2 = agg2.lookup(l as never)
      more = listOf<Record<string, any[]>>(await agg2.end())[0] ?? {} // eslint-disable-line @typescript-eslint/no-explicit-any
    }
    const confirms = (more.confirms ?? []) as Array<{ scorer: string }>

    const sections: WorkSection[] = []
    if (cadre) {
      const slots = (got.slots ?? []).filter((s: { villageIds: string[] }) => !s.villageIds?.length || s.villageIds.includes(v)).length
      const counter = got.counter?.[0]
      const items = [
        item('countersign', n('countersign'), 'packages/cadre/pages/commitments/index?status=awaiting-village'),
        item('enrolments', n('enrolments'), 'packages/cadre/pages/enrolments/index?status=pending'),
        item('proofs', n('proofs'), 'packages/cadre/pages/proofs/index?status=pending'),
        item('slots-today', slots, `packages/cadre/pages/slots/index?day=${today}`),
        item('attendance', n('attendance'), `packages/cadre/pages/slots/index?day=${today}`),
        item('overdue', counter?.figures?.checkups?.overdue ?? 0, 'packages/cadre/pages/due/index?status=overdue', { urgent: counter?.figures?.checkups?.overdue ?? 0, asOf: iso(counter?.countedAt) }),
        complaintItem('complaints', got.complaints ?? [], today, a, 'packages/resident/pages/complaint-stats/index'),
      ]
      if (openRound) {
        const members = more.members?.[0]?.n ?? 0
        const of = members * groupCount
        items.push(item('review', Math.max(0, of - confirms.length), PAGES.cadreReview(openRound._id), { of }))
      }
      sections.push({ role: 'cadre', title: '村务待办', items })
    }
    if (panel) {
      const items: WorkItem[] = []
      if (groups.has('finance')) {
        const decidable = (got.ledger ?? []).filter((e: { recordedBy: { openid: string }; householdId: string | null }) => e.recordedBy?.openid !== a._id && (!e.householdId || e.householdId !== a.householdId))
        items.push(item('ledger-pending', decidable.length, 'packages/panel/pages/ledger/index?view=pending'))
      }
      if (groups.has('supervision')) items.push(complaintItem('complaints', got.complaints ?? [], today, a, 'packages/panel/pages/complaints/index?status=open'))
      if (groups.has('review') && openRound) {
        const mine = confirms.filter((c) => c.scorer === a._id).length
        items.push(item('review-score', Math.max(0, groupCount - mine), PAGES.panelReview(openRound._id), { of: groupCount }))
      }
      if (items.length) sections.push({ role: 'panel', title: '小组待办', items })
    }
    if (township) {
      const items = [complaintItem('township-complaints', got.townComplaints ?? [], today, a, 'packages/township/pages/complaints/index?status=open')]
      if (assessment && assessment.quarter >= previousOf(quarter)) {
        items.push(item('assessment', Math.max(0, assessment.villages - (more.submitted?.[0]?.n ?? 0)), PAGES.assessment(assessment.quarter), { of: assessment.villages }))
      }
      sections.push({ role: 'township', title: '镇里待办', items })
    }
    return { today, sections }
  },
})

function previousOf(quarter: string): string {
  const y = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(5))
  return q === 1 ? `${y - 1}Q4` : `${y}Q${q - 1}`
}

/**
 * Open complaints as the workbench lists them (complaint.list's rule): never one about the
 * caller or their household, nor their own; past a deadline (acceptance while submitted, answer
 * while not answered) as urgent.
 */
function complaintItem(key: WorkKey, list: Array<{ status: string; acceptBy: string; answerBy: string; excludedIds?: string[]; excludedHouseholds?: string[]; author?: { openid: string } | null }>, today: string, a: AccountDoc, page: string): WorkItem {
  const mine = list.filter((c) => !(c.excludedIds ?? []).includes(a._id) && !(a.householdId && (c.excludedHouseholds ?? []).includes(a.householdId)) && c.author?.openid !== a._id)
  const urgent = mine.filter((c) => (c.status === 'submitted' && c.acceptBy < today) || ((c.status === 'submitted' || c.status === 'accepted') && c.answerBy < today)).length
  return item(key, mine.length, page, { urgent })
}
