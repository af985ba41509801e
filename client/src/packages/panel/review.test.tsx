import { fireEvent, render, waitFor } from '@testing-library/react'
import {
  ReviewConfirmGroupOutput, ReviewDecideAppealOutput, ReviewDeclareConflictOutput, ReviewQueueOutput, ReviewResultsOutput, ReviewRubricOutput, ReviewScoreOutput,
} from '@chengxin/shared/src/api'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { makeAppeal, makeConflicts, makeResult, makeRound } from '../../../test-mocks/fake-review'
import { resetSession } from '../../stores/session'
import PanelReviewPage from './pages/review/index'
import ReviewGroupPage from './pages/review-group/index'
import ReviewScorePage from './pages/review-score/index'
import ReviewSupervisePage from './pages/review-supervise/index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const requests = (be: { requests: Array<{ action: string; input: any }> }, action: string) => be.requests.filter((r) => r.action === action)
const member = makeMe({ name: '赵评议', roles: ['resident', 'panel'], panelGroups: ['review'] })
const ROUND = 'v1:2026Q4'
const rubric = (round = makeRound('open', { canScore: true })) => ReviewRubricOutput.parse({ round, rounds: [], proposal: null, currentQuarter: '2026Q4' })
const groups = [{ groupId: 'g1', groupName: '一组', households: 2, marked: 0, scored: 0, confirmed: false }, { groupId: 'g2', groupName: '二组', households: 1, marked: 0, scored: 0, confirmed: false }]
const roster = {
  g1: [{ householdId: 'h1', label: '王大山户', mark: null, scores: null }, { householdId: 'h2', label: '李四户', mark: null, scores: null }],
  g2: [{ householdId: 'h3', label: '张三户', mark: null, scores: null }],
} as Record<string, Array<{ householdId: string; label: string; mark: 'discuss' | 'nominate' | null; scores: Record<string, number> | null }>>

/** A member's queue that keeps their own declaration, marks and scores. */
function panelBackend(declared = false) {
  const be = installFakeBackend({ me: member })
  let mine = makeConflicts(declared ? { declaredAt: '2026-11-20T03:00:00.000Z' } : {})
  const households = JSON.parse(JSON.stringify(roster)) as typeof roster
  const confirmed = new Set<string>()
  be.handlers['review.rubric'] = () => rubric()
  be.handlers['review.queue'] = (i: { view: string; groupId?: string; offset?: number; limit?: number }) => {
    const declaredIds = new Set(mine.conflicts.map((c) => c.householdId))
    if (i.view === 'groups') return ReviewQueueOutput.parse({ roundId: ROUND, groups: groups.map((g) => ({ ...g, confirmed: confirmed.has(g.groupId) })), village: { scores: null }, mine })
    const items = households[i.groupId!].filter((h) => !declaredIds.has(h.householdId))
    return ReviewQueueOutput.parse({ roundId: ROUND, items, total: items.length, offset: 0, limit: 20, confirmed: confirmed.has(i.groupId!) })
  }
  be.handlers['review.declareConflict'] = (i: { householdIds: string[] }) => {
    const all = Object.values(households).flat()
    mine = makeConflicts({
      declaredAt: '2026-11-20T03:00:00.000Z',
      conflicts: [...makeConflicts().conflicts, ...i.householdIds.map((id) => ({ householdId: id, householdLabel: all.find((h) => h.householdId === id)!.label, groupName: '一组', kind: 'relative' as const }))],
    })
    return ReviewDeclareConflictOutput.parse({ mine })
  }
  be.handlers['review.score'] = (i) => {
    const h = Object.values(households).flat().find((x) => x.householdId === i.householdId)
    if (h) Object.assign(h, { mark: i.mark, scores: i.scores })
    return ReviewScoreOutput.parse({ roundId: ROUND, householdId: i.householdId ?? null, mark: i.mark, scores: i.scores, at: '2026-11-21T02:00:00.000Z' })
  }
  be.handlers['review.confirmGroup'] = (i: { groupId: string }) => {
    if (households[i.groupId].some((h) => h.mark && !h.scores)) return { __error: 'REVIEW_UNSCORED' }
    confirmed.add(i.groupId)
    return ReviewConfirmGroupOutput.parse({ roundId: ROUND, groupId: i.groupId, confirmed: true, at: '2026-11-21T02:00:00.000Z' })
  }
  return be
}

describe('季度评议 (review group)', () => {
  it('asks a member to declare relatives before showing any group to score', async () => {
    const be = panelBackend()
    render(<PanelReviewPage />)
    await waitFor(() => expect(q('.conflict-declare')).not.toBeNull())
    expect(q('.review-groups')).toBeNull()
    expect(q('.conflict-own')!.textContent).toContain('自动回避')
    fireEvent.click(q('.conflict-groups .group-g1')!)
    await waitFor(() => expect(all('.conflict-option')).toHaveLength(2))
    fireEvent.click(q('.option-h2')!)
    expect(q('.picked-h2')!.textContent).toContain('一组 李四户')
    fireEvent.click(q('.btn-declare')!)
    await waitFor(() => expect(q('.review-groups')).not.toBeNull())
    expect(requests(be, 'review.declareConflict')[0].input).toEqual({ roundId: ROUND, householdIds: ['h2'] })
    expect(taroMock.modals[0].content).toContain('申报回避 1 户')
    expect(q('.conflicts-summary')!.textContent).toContain('李四户')
    expect(all('.queue-group')).toHaveLength(2)
  })

  it('declares "none" with an empty list', async () => {
    const be = panelBackend()
    render(<PanelReviewPage />)
    await waitFor(() => expect(q('.btn-declare')).not.toBeNull())
    expect(q('.btn-declare')!.textContent).toContain('没有需回避的亲属户')
    fireEvent.click(q('.btn-declare')!)
    await waitFor(() => expect(q('.review-groups')).not.toBeNull())
    expect(requests(be, 'review.declareConflict')[0].input).toEqual({ roundId: ROUND, householdIds: [] })
  })

  it('marks a household to discuss, refuses to confirm the group until it is scored, then confirms', async () => {
    const be = panelBackend(true)
    taroMock.routerParams = { round: encodeURIComponent(ROUND), group: 'g1', name: encodeURIComponent('一组') }
    render(<ReviewGroupPage />)
    await waitFor(() => expect(all('.queue-household')).toHaveLength(2))
    fireEvent.click(q('.household-h1 .btn-mark-discuss')!)
    await waitFor(() => expect(q('.household-h1.mark-discuss')).not.toBeNull())
    expect(requests(be, 'review.score')[0].input).toEqual({ roundId: ROUND, householdId: 'h1', mark: 'discuss', scores: null })
    fireEvent.click(q('.btn-confirm-group')!)
    await waitFor(() => expect(document.body.textContent).toContain('请先打分再确认'))
    expect(taroMock.modals[0].content).toContain('标记的 1 户')
    expect(q('.group-confirmed')).toBeNull()
    fireEvent.click(q('.household-h1 .btn-score-household')!)
    expect(taroMock.navigations[0]).toBe(`/packages/panel/pages/review-score/index?round=${encodeURIComponent(ROUND)}&household=h1`)
  })

  it('confirms a group with no marks and says so', async () => {
    panelBackend(true)
    taroMock.routerParams = { round: encodeURIComponent(ROUND), group: 'g2', name: encodeURIComponent('二组') }
    render(<ReviewGroupPage />)
    await waitFor(() => expect(all('.queue-household')).toHaveLength(1))
    fireEvent.click(q('.btn-confirm-group')!)
    await waitFor(() => expect(q('.group-confirmed')).not.toBeNull())
    expect(taroMock.modals[0].content).toContain('二组共 1 户：标记的 0 户')
    expect(q('.btn-confirm-group')!.textContent).toBe('再次确认本组')
  })

  it('scores a marked household item by item, starting from 做到了 on every item', async () => {
    const be = panelBackend(true)
    taroMock.routerParams = { round: encodeURIComponent(ROUND), group: 'g1', name: encodeURIComponent('一组') }
    const group = render(<ReviewGroupPage />)
    await waitFor(() => expect(all('.queue-household')).toHaveLength(2))
    fireEvent.click(q('.household-h1 .btn-mark-discuss')!)
    await waitFor(() => expect(q('.household-h1 .btn-score-household')).not.toBeNull())
    fireEvent.click(q('.household-h1 .btn-score-household')!)
    group.unmount()
    taroMock.routerParams = { round: encodeURIComponent(ROUND), household: 'h1' }
    render(<ReviewScorePage />)
    await waitFor(() => expect(q('.score-form')).not.toBeNull())
    expect(q('.score-subject')!.textContent).toBe('王大山户（需讨论）')
    expect(all('.score-chip.active').map((c) => c.textContent)).toEqual(['3 分', '3 分'])
    fireEvent.click(q('.item-h-2 .score-1')!)
    fireEvent.click(q('.btn-save-scores')!)
    await waitFor(() => expect(taroMock.navigations).toContain('back'))
    expect(requests(be, 'review.score').pop()!.input).toEqual({ roundId: ROUND, householdId: 'h1', mark: 'discuss', scores: { 'h-1': 3, 'h-2': 1 } })
  })

  it("scores the village's side, every item required", async () => {
    const be = panelBackend(true)
    taroMock.routerParams = { round: encodeURIComponent(ROUND) }
    render(<ReviewScorePage />)
    await waitFor(() => expect(q('.score-form')).not.toBeNull())
    expect(q('.btn-save-scores')!.className).toContain('is-disabled')
    fireEvent.click(q('.item-v-1 .score-2')!)
    fireEvent.click(q('.item-v-2 .score-4')!)
    fireEvent.click(q('.btn-save-scores')!)
    await waitFor(() => expect(requests(be, 'review.score')).toHaveLength(1))
    expect(requests(be, 'review.score')[0].input).toEqual({ roundId: ROUND, scores: { 'v-1': 2, 'v-2': 4 } })
  })

  it('after close lists results with the anonymous spread, filtered by outcome', async () => {
    const be = installFakeBackend({ me: member })
    be.handlers['review.rubric'] = () => rubric(makeRound('closed')) // canScore ends with the round
    be.handlers['review.results'] = (i) => {
      const exemplary = 'outcome' in i && i.outcome === 'exemplary'
      return ReviewResultsOutput.parse({
        round: makeRound('closed'), households: exemplary ? [] : [{ ...makeResult(), spread: [{ itemId: 'h-1', scores: [0, 3, 3, 3, 4] }] }], total: exemplary ? 0 : 1, offset: 0, limit: 20,
      })
    }
    render(<PanelReviewPage />)
    await waitFor(() => expect(q('.result-h1')).not.toBeNull())
    expect(q('.result-spread')!.textContent).toContain('0/3/3/3/4')
    fireEvent.click(q('.outcome-filter .filter-exemplary')!)
    await waitFor(() => expect(document.body.textContent).toContain('没有这一类的农户'))
    expect(requests(be, 'review.results').pop()!.input).toMatchObject({ view: 'households', outcome: 'exemplary' })
  })
})

describe('评议监督 (supervision group)', () => {
  const supervisor = makeMe({ name: '钱监督', roles: ['resident', 'panel'], panelGroups: ['supervision'] })

  it('changes a result only with a new outcome and a reason, confirming first', async () => {
    const be = installFakeBackend({ me: supervisor })
    let appeals = [makeAppeal(), makeAppeal({ id: 'v1:2026Q4#h5', householdId: 'h5', householdLabel: '周五户', canDecide: false })]
    be.handlers['review.rubric'] = () => rubric(makeRound('published', { canSupervise: true }))
    be.handlers['review.results'] = () => ReviewResultsOutput.parse({ round: makeRound('published'), appeals, total: appeals.length, offset: 0, limit: 20 })
    be.handlers['review.decideAppeal'] = (i) => {
      const decided = makeAppeal({ status: 'changed', statusLabel: '已改正结果', toOutcome: i.decision === 'changed' ? i.outcome : null, decisionReason: i.reason, canDecide: false })
      appeals = appeals.filter((a) => a.id !== i.appealId)
      return ReviewDecideAppealOutput.parse({ appeal: decided, result: makeResult({ version: 2 }) })
    }
    taroMock.routerParams = { id: encodeURIComponent(ROUND) }
    render(<ReviewSupervisePage />)
    await waitFor(() => expect(all('.appeal')).toHaveLength(2))
    expect(q('.appeal-row-h5')!.textContent).toContain('请其他监督小组成员处理')
    expect(q('.appeal-row-h5 .btn-change')).toBeNull()
    fireEvent.click(q('.appeal-row-h1 .btn-change')!)
    fireEvent.change(q('.decide-reason textarea')!, { target: { value: '核实了体检记录' } })
    expect(q('.btn-decide')!.className).toContain('is-disabled')
    expect(q('.new-outcome .outcome-support')).toBeNull() // not the outcome it already has
    fireEvent.click(q('.new-outcome .outcome-fulfilled')!)
    fireEvent.click(q('.btn-decide')!)
    await waitFor(() => expect(all('.appeal')).toHaveLength(1))
    expect(requests(be, 'review.decideAppeal')[0].input).toEqual({ appealId: 'v1:2026Q4#h1', decision: 'changed', outcome: 'fulfilled', reason: '核实了体检记录' })
    expect(taroMock.modals[0].content).toContain('由“需帮扶”改为“诚信户”')
  })

  it("shows every member's declared conflicts and recusals", async () => {
    const be = installFakeBackend({ me: supervisor })
    be.handlers['review.rubric'] = () => rubric(makeRound('open', { canSupervise: true }))
    be.handlers['review.queue'] = () => ReviewQueueOutput.parse({ roundId: ROUND, members: [
      makeConflicts({ declaredAt: '2026-11-20T03:00:00.000Z', conflicts: [{ householdId: 'h2', householdLabel: '李四户', groupName: '一组', kind: 'relative' }], recusals: [{ householdId: 'h2', householdLabel: '李四户', at: '2026-11-21T03:00:00.000Z' }] }),
      makeConflicts({ memberName: '孙评议' }),
    ] })
    taroMock.routerParams = { id: encodeURIComponent(ROUND) }
    render(<ReviewSupervisePage />)
    await waitFor(() => expect(document.body.textContent).toContain('结果公示后才能申诉'))
    fireEvent.click(q('.tab-conflicts')!)
    await waitFor(() => expect(all('.member-conflicts')).toHaveLength(2))
    expect(q('.conflict-relative')!.textContent).toContain('李四户：亲属')
    expect(q('.recusal')!.textContent).toContain('该分不计入')
    expect(all('.member-conflicts')[1].textContent).toContain('尚未申报')
  })

  it('tells a finance-only member the supervision page is not theirs', async () => {
    const be = installFakeBackend({ me: makeMe({ roles: ['resident', 'panel'], panelGroups: ['finance'] }) })
    be.handlers['review.rubric'] = () => rubric(makeRound('published'))
    taroMock.routerParams = { id: encodeURIComponent(ROUND) }
    render(<ReviewSupervisePage />)
    await waitFor(() => expect(document.body.textContent).toContain('仅限监督小组成员'))
  })
})
