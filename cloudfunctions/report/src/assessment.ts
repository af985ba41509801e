import type { AssessmentView, Figures } from '@chengxin/shared/src/api'
import { PAGES } from '@chengxin/shared/src/api/pages'
import {
  ASSESSMENT_GOODS, ASSESSMENT_GOOD_LABELS, ASSESSMENT_STATUS_LABELS, businessQuarter, CATEGORY_LABELS, fenText, publicComplaints, type AssessmentGoodKey,
} from '@chengxin/shared/src/domain'
import type { AssessmentDoc, CounterDoc, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, isDuplicateKey, listOf, updatedCount } from '@chengxin/shared/src/server'
import { previousQuarter } from './counters'
import { iso, isTownship } from './scope'

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`)

/** The dashboard's facts beside each heading (township officers only). */
export function factsOf(f: Figures | undefined): Record<AssessmentGoodKey, Array<{ label: string; value: string }>> {
  if (!f) return Object.fromEntries(ASSESSMENT_GOODS.map((k) => [k, []])) as never
  const c = publicComplaints(f.complaints)
  const complaints = c.hidden ? '不足3件，不显示' : `${c.filed}件，按期答复${c.withinDeadline}件`
  return {
    organisation: [{ label: '签约率', value: `${pct(f.signing.rate)}（${f.signing.signed}/${f.signing.due}户）` }, { label: '双方已签', value: `${f.signing.complete}户` }],
    rules: [{ label: '诚信管理', value: `${CATEGORY_LABELS.recognised}${f.enrolment.recognised}户，${CATEGORY_LABELS.committed}${f.enrolment.committed}户，${CATEGORY_LABELS.behavioural}${f.enrolment.behavioural}户` }, { label: '待审核申请', value: `${f.enrolment.pending}件` }],
    openness: [{ label: '本季度入账', value: `${f.ledger.entries}笔，收入${fenText(f.ledger.incomeFen)}元，支出${fenText(f.ledger.expenseFen)}元` }, { label: '村账余额', value: `${fenText(f.ledger.balanceFen)}元` }],
    service: [{ label: '异地证明审核', value: `待审${f.proofs.pending}件，本季度通过${f.proofs.verified}件` }, { label: '审核用时中位数', value: f.proofs.medianDaysToVerify === null ? '—' : `${f.proofs.medianDaysToVerify}天` }],
    family: [{ label: '检查计划完成', value: `${pct(f.checkups.rate)}（${f.checkups.done}/${f.checkups.planned}人次）` }, { label: '逾期未检查', value: `${f.checkups.overdue}户` }],
    civility: [{ label: '评议结果', value: f.review.quarter ? `${f.review.quarter}：示范户${f.review.exemplary}，诚信户${f.review.fulfilled}，需帮扶${f.review.support}` : '尚无' }, { label: '投诉', value: complaints }],
  }
}

export function assessmentView(village: { _id: string; name: string }, quarter: string, doc: AssessmentDoc | undefined, facts: Figures | undefined, withFacts: boolean): AssessmentView {
  const status = doc?.status ?? 'open'
  const byKey = new Map((doc?.goods ?? []).map((g) => [g.key, g]))
  const goods = ASSESSMENT_GOODS.map((key) => ({
    key, label: ASSESSMENT_GOOD_LABELS[key], score: byKey.get(key)?.score ?? null, comment: byKey.get(key)?.comment ?? null,
    facts: withFacts ? factsOf(facts)[key] : [],
  }))
  const scored = goods.every((g) => g.score !== null)
  return {
    id: `${village._id}:${quarter}`, villageId: village._id, villageName: village.name, quarter, status, statusLabel: ASSESSMENT_STATUS_LABELS[status],
    goods, total: scored ? goods.reduce((a, g) => a + (g.score ?? 0), 0) : null,
    scoredBy: doc?.scoredBy ?? null, updatedAt: iso(doc?.updatedAt), submittedAt: iso(doc?.submittedAt),
  }
}

/** The township opens a quarter (this one or the last) for every village of the township and tells their cadres. */
export const assessmentOpen = defineAction<'assessment.open'>()({
  preload: () => ({ villages: { from: 'villages' as const, ofCaller: { townshipId: 'townshipId' as const }, limit: 1000 } }),

  async run(ctx, input) {
    const a = accountOf(ctx.caller)
    assert(isTownship(a), 'FORBIDDEN_ROLE')
    const now = businessQuarter(new Date())
    assert(input.quarter === now || input.quarter === previousQuarter(now), 'ASSESSMENT_QUARTER')
    const villages = ctx.preloaded.villages
    const _id = `${a.townshipId}:${input.quarter}`
    try {
      await ctx.db.collection('assessment_rounds').add({ data: { _id, townshipId: a.townshipId, quarter: input.quarter, villages: villages.length, openedAt: new Date(), openedBy: a.name ?? '', requestId: ctx.requestId } })
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
      // A takeover of this very change finds its own round; anyone else's is refused.
      const [round] = listOf<{ requestId: string }>(await ctx.db.collection('assessment_rounds').where({ _id }).limit(1).get())
      assert(round?.requestId === ctx.requestId, 'ASSESSMENT_EXISTS')
    }
    for (const v of villages) {
      ctx.notify({ to: { villageId: v._id, role: 'cadre' }, template: 'assessment-opened', title: '镇里开启了六好考评', body: `${input.quarter} 季度，${v.name}`, page: PAGES.assessment(input.quarter) })
    }
    ctx.note({ target: { collection: 'assessment_rounds', id: _id, villageId: null, householdId: null }, summary: `开启${input.quarter}六好考评（${villages.length}个村）` })
    return { quarter: input.quarter, villages: villages.length }
  },
})

/** A township officer saves one village's six scores; `submit` makes them final and tells the cadre. */
export const assessmentScore = defineAction<'assessment.score'>()({
  preload: (input) => ({
    village: { from: 'villages' as const, match: { _id: input.villageId } },
    round: { from: 'assessment_rounds' as const, match: { quarter: input.quarter }, ofCaller: { townshipId: 'townshipId' as const } },
    assessment: { from: 'assessments' as const, match: { _id: `${input.villageId}:${input.quarter}` } },
    counter: { from: 'report_counters' as const, match: { villageId: input.villageId }, sort: { quarter: -1 as const }, limit: 1 },
  }),

  async run(ctx, input) {
    const a = accountOf(ctx.caller)
    assert(isTownship(a), 'FORBIDDEN_ROLE')
    const village = ctx.preloaded.village[0]
    assert(village, 'NOT_FOUND')
    assert(village.townshipId === a.townshipId, 'NOT_IN_VILLAGE')
    assert(ctx.preloaded.round[0], 'ASSESSMENT_NOT_OPEN')
    const keys = new Set(input.goods.map((g) => g.key))
    assert(keys.size === ASSESSMENT_GOODS.length, 'ASSESSMENT_GOODS')
    const existing = ctx.preloaded.assessment[0]
    assert(existing?.status !== 'submitted', 'ASSESSMENT_SUBMITTED')
    const now = new Date()
    const goods = ASSESSMENT_GOODS.map((key) => {
      const g = input.goods.find((x) => x.key === key)!
      return { key, score: g.score, comment: g.comment }
    })
    const data = {
      status: input.submit ? 'submitted' as const : 'draft' as const, goods, scoredBy: a.name ?? '', updatedAt: now,
      submittedAt: input.submit ? now : null, requestId: ctx.requestId, version: (existing?.version ?? 0) + 1,
    }
    const _id = `${village._id}:${input.quarter}`
    if (existing) {
      const res = await ctx.db.collection('assessments').where({ _id, version: existing.version }).update({ data })
      assert(updatedCount(res) === 1, 'VERSION_CONFLICT')
    } else {
      try {
        await ctx.db.collection('assessments').add({ data: { _id, townshipId: village.townshipId, villageId: village._id, villageName: village.name, quarter: input.quarter, ...data } })
      } catch (e) {
        if (!isDuplicateKey(e)) throw e
        assert(false, 'VERSION_CONFLICT')
      }
    }
    if (input.submit) {
      ctx.notify({ to: { villageId: village._id, role: 'cadre' }, template: 'assessment-scored', title: '本村六好考评结果', body: `${input.quarter} 季度，共${goods.reduce((s, g) => s + g.score, 0)}分`, page: PAGES.assessment() })
    }
    ctx.note({ target: { collection: 'assessments', id: _id, villageId: village._id, householdId: null }, summary: `${input.submit ? '提交' : '保存'}${village.name}${input.quarter}六好考评` })
    const stored: AssessmentDoc = { _id, townshipId: village.townshipId, villageId: village._id, villageName: village.name, quarter: input.quarter, ...data }
    return { assessment: assessmentView(village, input.quarter, stored, ctx.preloaded.counter[0]?.figures, true) }
  },
})

/**
 * Township: a quarter's villages (roster order, with the facts) or one village's history.
 * Cadre: their village's submitted results, newest first. Never ranked.
 */
export const assessmentList = defineAction<'assessment.list'>()({
  preload: () => ({
    villages: { from: 'villages' as const, ofCaller: { townshipId: 'townshipId' as const }, limit: 1000 },
    rounds: { from: 'assessment_rounds' as const, ofCaller: { townshipId: 'townshipId' as const }, sort: { quarter: -1 as const }, limit: 40 },
  }),

  async run(ctx, input) {
    const a = accountOf(ctx.caller)
    const township = isTownship(a)
    const villages = new Map(ctx.preloaded.villages.map((v) => [v._id, v]))
    const page = <T>(list: T[]) => list.slice(input.offset, input.offset + input.limit)
    if (!township || input.villageId) {
      const villageId = township ? input.villageId! : a.villageId
      const village = villageId ? villages.get(villageId) : undefined
      assert(village, township ? 'NOT_FOUND' : 'NOT_IN_VILLAGE')
      assert(township || !input.villageId || input.villageId === a.villageId, 'NOT_IN_VILLAGE')
      const where: Record<string, unknown> = { villageId: village._id, ...(township ? {} : { status: 'submitted' }), ...(input.quarter ? { quarter: input.quarter } : {}) }
      const [docs, count] = await Promise.all([
        ctx.db.collection('assessments').where(where).orderBy('quarter', 'desc').skip(input.offset).limit(input.limit).get(),
        ctx.db.collection('assessments').where(where).count(),
      ])
      return {
        items: listOf<AssessmentDoc>(docs).map((d) => assessmentView(village, d.quarter, d, undefined, false)),
        total: (count as { total: number }).total, offset: input.offset, limit: input.limit,
        quarter: null, opened: township ? ctx.preloaded.rounds.map((r) => r.quarter) : [],
      }
    }
    const quarter = input.quarter ?? ctx.preloaded.rounds[0]?.quarter ?? null
    const opened = ctx.preloaded.rounds.map((r) => r.quarter)
    if (!quarter) return { items: [], total: 0, offset: input.offset, limit: input.limit, quarter: null, opened }
    const _ = ctx.db.command
    const [docs, counters] = await Promise.all([
      ctx.db.collection('assessments').where({ townshipId: a.townshipId, quarter }).limit(1000).get(),
      ctx.db.collection('report_counters').where({ townshipId: a.townshipId, kind: 'village', quarter: _.in([businessQuarter(new Date()), quarter]) }).limit(1000).get(),
    ])
    const byVillage = new Map(listOf<AssessmentDoc>(docs).map((d) => [d.villageId, d]))
    const facts = new Map<string, CounterDoc>()
    for (const c of listOf<CounterDoc>(counters)) if (!facts.has(c.villageId!) || c.quarter === quarter) facts.set(c.villageId!, c)
    const roster = [...villages.values()].sort((x: VillageDoc, y: VillageDoc) => (x._id < y._id ? -1 : 1))
    return {
      items: page(roster).map((v) => assessmentView(v, quarter, byVillage.get(v._id), facts.get(v._id)?.figures, true)),
      total: roster.length, offset: input.offset, limit: input.limit, quarter, opened,
    }
  },
})
