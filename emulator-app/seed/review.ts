// The quarterly review (评议) in the demo: 十字村's review group of five (the panel member plus
// four more residents, one of whom declared a relative's household), and last quarter's round,
// published and over, so history and the village trend have something to show. The current
// quarter has no round yet: the journey opens it as the cadre (o-cadre-shizi).
import { businessQuarter } from '@chengxin/shared/src/domain/dates'
import { computeResult, generateRubric, previousQuarter, roundSettings, villageResult } from '@chengxin/shared/src/domain/review-rules'
import type { AccountDoc, HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import { TOWNSHIP } from './villages'
import { HOUSEHOLD_ITEMS, VILLAGE_ITEMS } from './template'

const DAY = 86_400_000

/** The review group's demo identities besides o-panel-member (who is on it already). */
export const REVIEW_MEMBERS = ['o-review-2', 'o-review-3', 'o-review-4', 'o-review-5'] as const
/** o-review-5 is the member with a relative in the village: the household they declare. */
export const REVIEW_RELATIVE_OF = { member: 'o-review-5', relativeIndex: 20 } as const

/** 十字村 households no other demo identity uses: members 2–5 of the review group are their heads. */
function memberHouseholds(shizi: VillageDoc, households: HouseholdDoc[], accounts: AccountDoc[]): HouseholdDoc[] {
  const used = new Set(accounts.map((a) => a.householdId))
  return households.filter((h) => h.villageId === shizi._id && !used.has(h._id)).slice(5, 5 + REVIEW_MEMBERS.length)
}

export function reviewAccounts(villages: VillageDoc[], households: HouseholdDoc[], accounts: AccountDoc[], now: Date): AccountDoc[] {
  const shizi = villages[0]
  const homes = memberHouseholds(shizi, households, accounts)
  if (homes.length < REVIEW_MEMBERS.length) return []
  return homes.map((hh, i) => {
    const m = hh.members[0]
    return {
      _id: REVIEW_MEMBERS[i], name: m.name, roles: ['resident', 'panel'], townshipId: TOWNSHIP._id, townshipName: TOWNSHIP.name,
      villageId: shizi._id, villageName: shizi.name, householdId: hh._id, householdLabel: hh.label,
      groupName: shizi.groups.find((g) => g.id === hh.groupId)!.name, memberId: m.id, isHead: true,
      privacyConsent: { version: '2026-11', at: now }, panelGroups: ['review'], createdAt: now, updatedAt: now,
    }
  })
}

/** Last quarter's round of 十字村, published 40 days ago (notice over): members, results, ratings. */
export function demoReview(villages: VillageDoc[], households: HouseholdDoc[], accounts: AccountDoc[], now: Date) {
  const shizi = villages[0]
  const inVillage = households.filter((h) => h.villageId === shizi._id)
  const members = accounts.filter((a) => a.villageId === shizi._id && (a.panelGroups ?? []).includes('review'))
  if (members.length < 5 || inVillage.length <= REVIEW_RELATIVE_OF.relativeIndex) return {}
  const quarter = previousQuarter(businessQuarter(now))
  const roundId = `${shizi._id}:${quarter}`
  const openedAt = new Date(now.getTime() - 70 * DAY)
  const publishedAt = new Date(now.getTime() - 40 * DAY)
  const settings = roundSettings()
  const rubric = generateRubric({ version: 1, villageItems: VILLAGE_ITEMS, householdItems: HOUSEHOLD_ITEMS })!
  const relative = inVillage[REVIEW_RELATIVE_OF.relativeIndex]._id
  const memberDocs = members.map((a) => {
    const relatives = a._id === REVIEW_RELATIVE_OF.member ? [relative] : []
    return {
      _id: `${roundId}#${a._id}`, roundId, villageId: shizi._id, openid: a._id, name: a.name ?? '', householdId: a.householdId,
      relatives, declarations: [{ at: openedAt, householdIds: relatives, requestId: `seed-declare-${a._id}` }], recusals: [], declaredAt: openedAt,
    }
  })
  const conflicted = (a: AccountDoc, h: HouseholdDoc) => a.householdId === h._id || (a._id === REVIEW_RELATIVE_OF.member && h._id === relative)
  const results = inVillage.map((h, i) => {
    // Everyone confirmed every group (做到了); two households were scored higher by all, one lower.
    const scorers = members.filter((a) => !conflicted(a, h)).map(() => Object.fromEntries(rubric.householdItems.map((it) => [it.id, i === 4 || i === 7 ? 4 : i === 12 ? 1 : 3])))
    const r = computeResult(rubric.householdItems, scorers, settings.quorum)
    return {
      _id: `${roundId}#${h._id}`, roundId, villageId: shizi._id, householdId: h._id, householdLabel: h.label, groupId: h.groupId,
      groupName: shizi.groups.find((g) => g.id === h.groupId)!.name, seq: i + 1,
      current: { version: 1, outcome: r.outcome, total: r.total, maxTotal: r.maxTotal, scorers: r.scorers, medians: r.medians, spread: r.spread, helper: r.outcome === 'support' ? members[0].name : null, at: publishedAt, replacedBecause: null, requestId: null },
      versions: [],
    }
  })
  const ratings = inVillage.slice(0, 6).map((h, i) => ({
    _id: `${roundId}#${h._id}`, roundId, villageId: shizi._id, householdId: h._id,
    scores: Object.fromEntries(rubric.villageItems.map((it, k) => [it.id, (i + k) % 3 === 0 ? 2 : 3])), comment: i === 0 ? '希望村务公开栏按时更新' : null,
    by: h.members[0].name, openid: `seed-${h._id}`, at: new Date(openedAt.getTime() + DAY), requestId: `seed-rate-${h._id}`,
  }))
  const panel = members.map(() => Object.fromEntries(rubric.villageItems.map((it) => [it.id, 3])))
  const round = {
    _id: roundId, villageId: shizi._id, villageName: shizi.name, townshipId: shizi.townshipId, quarter, status: 'published', settings, rubric,
    openedAt, openedBy: { openid: `o-cadre-${shizi._id.slice(2)}`, name: '村专干' },
    close: { total: inVillage.length, startedAt: new Date(publishedAt.getTime() - 2 * DAY), requestId: 'seed-close' },
    closedAt: new Date(publishedAt.getTime() - DAY), publishedAt, publishRequestId: 'seed-publish',
    noticeEndsAt: new Date(publishedAt.getTime() + settings.noticeDays * DAY), appealEndsAt: new Date(publishedAt.getTime() + settings.appealDays * DAY),
    village: { items: villageResult(rubric.villageItems, ratings.map((r) => r.scores), panel), ratings: ratings.length, panelScorers: panel.length, comments: ['希望村务公开栏按时更新'] },
    remindedOn: null, requestId: 'seed-open',
  }
  return { review_rounds: [round], review_members: memberDocs, review_results: results, review_ratings: ratings }
}
