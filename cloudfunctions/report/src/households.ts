import type { HouseholdFilter, HouseholdRow } from '@chengxin/shared/src/api'
import { CATEGORY_LABELS, REVIEW_OUTCOME_LABELS, businessDay, periodName } from '@chengxin/shared/src/domain'
import type { CounterDoc, VillageDoc } from '@chengxin/shared/src/server'
import { listOf, type Database } from '@chengxin/shared/src/server'
import { villageStanding } from '../../checkup/src/village-standing'

interface PageOptions { groupId?: string; limit: number; offset: number; today: Date }

/**
 * One page of the households behind a number. Lists kept in a collection are read a page at a
 * time by an index (count and page side by side); check-up standing is worked out for the
 * village as the due list does (three aggregates) and paged here.
 */
export async function householdPage(db: Database, village: VillageDoc, counter: CounterDoc, filter: HouseholdFilter, page: PageOptions) {
  const _ = db.command
  const groups = new Map(village.groups.map((g) => [g.id, g.name]))
  const row = (h: { householdId: string; label: string; groupId: string }, detail: string): HouseholdRow => ({ ...h, groupName: groups.get(h.groupId) ?? '', detail })
  const group = page.groupId ? { groupId: page.groupId } : {}
  const paged = async <T>(collection: string, where: object, order: [string, 'asc' | 'desc'], map: (d: T) => HouseholdRow) => {
    const [res, count] = await Promise.all([
      db.collection(collection).where(where).orderBy(order[0], order[1]).skip(page.offset).limit(page.limit).get(),
      db.collection(collection).where(where).count(),
    ])
    return { items: listOf<T>(res).map(map), total: (count as { total: number }).total, offset: page.offset, limit: page.limit }
  }
  type Commitment = { householdId: string; householdLabel: string; groupId: string; status: string }
  switch (filter.filter) {
    case 'unsigned':
    case 'countersign':
    case 'signed': {
      const status = filter.filter === 'unsigned' ? 'awaiting-household' : filter.filter === 'countersign' ? 'awaiting-village' : _.in(['awaiting-village', 'complete'])
      return paged<Commitment>('commitments', { villageId: village._id, status, ...group }, ['updatedAt', 'desc'],
        (c) => row({ householdId: c.householdId, label: c.householdLabel, groupId: c.groupId }, c.status === 'awaiting-household' ? '户主未签' : c.status === 'awaiting-village' ? '待村里会签' : '双方已签'))
    }
    case 'enrolled': {
      const managementType = filter.category ?? _.in(['recognised', 'committed', 'behavioural'])
      return paged<{ _id: string; label: string; groupId: string; managementType: 'contract' }>('households', { villageId: village._id, ...group, managementType, archived: false }, ['_id', 'asc'],
        (h) => row({ householdId: h._id, label: h.label, groupId: h.groupId }, CATEGORY_LABELS[h.managementType]))
    }
    case 'proof-pending':
      return paged<{ householdId: string; householdLabel: string; groupId: string; memberName: string }>('proofs', { villageId: village._id, status: 'pending', ...group }, ['submittedAt', 'asc'],
        (p) => row({ householdId: p.householdId, label: p.householdLabel, groupId: p.groupId }, `${p.memberName}的证明待审核`))
    case 'review': {
      const roundId = counter.reviewRoundId ?? '-'
      const where = { roundId, 'current.outcome': filter.outcome, ...group }
      return paged<{ householdId: string; householdLabel: string; groupId: string }>('review_results', where, ['seq', 'asc'],
        (r) => row({ householdId: r.householdId, label: r.householdLabel, groupId: r.groupId }, REVIEW_OUTCOME_LABELS[filter.outcome]))
    }
    case 'checkup-due':
    case 'checkup-overdue': {
      const { rows } = await villageStanding(db, village, businessDay(page.today))
      const listed = rows.filter((r) => (!page.groupId || r.groupId === page.groupId) && (filter.filter === 'checkup-due' ? r.dueNow : r.overdue.length > 0))
      return {
        items: listed.slice(page.offset, page.offset + page.limit).map((r) => row(r, filter.filter === 'checkup-due' ? '本期还没有检查或预约' : `${r.overdue.map((p) => periodName(p, r.perYear)).join('、')}未检查`)),
        total: listed.length, offset: page.offset, limit: page.limit,
      }
    }
  }
}
