import { fireEvent, render, waitFor } from '@testing-library/react'
import { HouseholdConsentOutput, ReviewAppealOutput, ReviewHistoryOutput, ReviewRubricOutput, ReviewMineOutput, ReviewResultsOutput, VillageRateOutput, type ReviewMineOutput as Mine } from '@chengxin/shared/src/api'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { makeAppeal, makeResult, makeRound } from '../../../test-mocks/fake-review'
import { resetSession } from '../../stores/session'
import ResidentReviewPage from './pages/review/index'
import ReviewNoticePage from './pages/review-notice/index'
import TownshipReviewPage from '../township/pages/review/index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const mine = (over: Partial<Mine> = {}) => ReviewMineOutput.parse({ round: makeRound('open'), rating: null, result: null, versions: [], appeal: null, canAppeal: false, named: false, ...over })
const request = (be: { requests: Array<{ action: string; input: any }> }, action: string) => be.requests.find((r) => r.action === action)

describe('季度评议 (resident)', () => {
  it('rates every village promise once, only after each has a score and the household confirms', async () => {
    const be = installFakeBackend()
    let state = mine()
    be.handlers['review.mine'] = () => state
    be.handlers['village.rate'] = (i: { scores: Record<string, number>; comment?: string }) => {
      const out = VillageRateOutput.parse({ roundId: 'v1:2026Q4', scores: i.scores, comment: i.comment ?? null, at: '2026-11-21T02:00:00.000Z' })
      state = mine({ rating: { scores: out.scores, comment: out.comment, at: out.at, by: '王大山' } })
      return out
    }
    render(<ResidentReviewPage />)
    await waitFor(() => expect(q('.rate-village')).not.toBeNull())
    expect(q('.btn-rate-submit')!.className).toContain('is-disabled')
    fireEvent.click(q('.item-v-1 .score-4')!)
    expect(q('.item-v-1 .score-descriptor')!.textContent).toBe('4 分：做得很好，可作示范')
    expect(q('.btn-rate-submit')!.textContent).toContain('还有 1 项未打分')
    fireEvent.click(q('.item-v-2 .score-1')!)
    fireEvent.change(q('.rate-comment textarea')!, { target: { value: '希望村务公开更及时' } })
    taroMock.modalConfirm = false
    fireEvent.click(q('.btn-rate-submit')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(request(be, 'village.rate')).toBeUndefined()
    taroMock.modalConfirm = true
    fireEvent.click(q('.btn-rate-submit')!)
    await waitFor(() => expect(q('.rated-village')).not.toBeNull())
    expect(request(be, 'village.rate')!.input).toEqual({ roundId: 'v1:2026Q4', scores: { 'v-1': 4, 'v-2': 1 }, comment: '希望村务公开更及时' })
    expect(taroMock.modals[1].content).toContain('每户只能评价一次')
    expect(q('.rate-village')).toBeNull()
  })

  it('shows the published result as per-item medians and appeals it with a reason within the notice', async () => {
    const be = installFakeBackend()
    let state = mine({ round: makeRound('published'), result: makeResult({ outcome: 'support', outcomeLabel: '需帮扶', helper: '李帮扶' }), canAppeal: true })
    be.handlers['review.mine'] = () => state
    be.handlers['review.appeal'] = (i: { reason: string }) => {
      const out = ReviewAppealOutput.parse({ appeal: makeAppeal({ reason: i.reason, canDecide: false }) })
      state = { ...state, appeal: out.appeal, canAppeal: false }
      return out
    }
    render(<ResidentReviewPage />)
    await waitFor(() => expect(q('.review-result')).not.toBeNull())
    expect(q('.result-outcome')!.textContent).toBe('需帮扶')
    expect(q('.item-h-2 .item-median')!.textContent).toBe('2.5 分')
    expect(q('.result-helper')!.textContent).toContain('不是处罚')
    expect(q('.btn-appeal')!.className).toContain('is-disabled')
    fireEvent.change(q('.appeal-reason textarea')!, { target: { value: '本季度已参加体检' } })
    fireEvent.click(q('.btn-appeal')!)
    await waitFor(() => expect(q('.review-appeal .appeal-status')).not.toBeNull())
    expect(request(be, 'review.appeal')!.input).toEqual({ roundId: 'v1:2026Q4', reason: '本季度已参加体检' })
    expect(q('.review-appeal-form')).toBeNull()
    expect(q('.btn-open-notice')).not.toBeNull()
  })

  it('shows 未评 instead of a score when fewer than the quorum scored, and older versions after a change', async () => {
    const be = installFakeBackend()
    be.handlers['review.mine'] = () => mine({
      round: makeRound('published'),
      result: makeResult({ outcome: 'unrated', outcomeLabel: '未评', total: null, scorers: 2, items: [{ itemId: 'h-1', text: '按约参加免费健康服务', median: null }] }),
      versions: [{ version: 1, outcome: 'support', outcomeLabel: '需帮扶', total: 3, replacedBecause: '核实后改正', at: '2026-11-28T02:00:00.000Z' }],
    })
    render(<ResidentReviewPage />)
    await waitFor(() => expect(q('.review-result')).not.toBeNull())
    expect(q('.item-h-1 .item-median')!.textContent).toBe('未评')
    expect(q('.result-total')!.textContent).toContain('不足法定人数')
    expect(q('.result-versions')!.textContent).toContain('核实后改正')
  })

  it('lets the head switch the naming consent, confirming first', async () => {
    const be = installFakeBackend()
    let named = false
    be.handlers['review.mine'] = () => mine({ named })
    be.handlers['household.consent'] = (i) => { named = i.reviewNamed ?? false; return HouseholdConsentOutput.parse({ ledgerNamed: false, reviewNamed: named, at: '2026-11-21T02:00:00.000Z' }) }
    render(<ResidentReviewPage />)
    await waitFor(() => expect(q('.btn-review-consent-give')).not.toBeNull())
    fireEvent.click(q('.btn-review-consent-give')!)
    await waitFor(() => expect(q('.btn-review-consent-withdraw')).not.toBeNull())
    expect(request(be, 'household.consent')!.input).toEqual({ reviewNamed: true })
    expect(taroMock.modals[0].content).toContain('不显示分数')
  })

  it('offers no consent switch to a member who is not the head', async () => {
    const be = installFakeBackend({ me: makeMe({ household: { id: 'h1', label: '王大山户', groupName: '一组', isHead: false, memberId: 'm2' } }) })
    be.handlers['review.mine'] = () => mine()
    render(<ResidentReviewPage />)
    await waitFor(() => expect(q('.rate-village')).not.toBeNull())
    expect(q('.review-consent')).toBeNull()
  })

  it('says so when the village has no round yet, and shows errors with a retry', async () => {
    const be = installFakeBackend()
    be.handlers['review.mine'] = () => mine({ round: null })
    be.failNext('review.mine', 'INTERNAL')
    render(<ResidentReviewPage />)
    await waitFor(() => expect(q('.btn-retry')).not.toBeNull())
    fireEvent.click(q('.btn-retry')!)
    await waitFor(() => expect(document.body.textContent).toContain('本村还没有开始季度评议'))
  })
})

const notice = () => ReviewResultsOutput.parse({
  round: makeRound('published'),
  counts: { exemplary: 3, fulfilled: 180, support: null, unrated: 4 },
  named: [{ householdLabel: '李四户', groupName: '二组', outcome: 'exemplary', outcomeLabel: '诚信示范户' }],
  village: { items: [{ itemId: 'v-1', text: '按时兑现奖励优惠待遇', residentMedian: 3, panelMedian: 3.5 }], ratings: 2, panelScorers: 5, comments: ['希望村务公开更及时'] },
})

describe('评议结果公示', () => {
  it('shows counts per outcome (small ones hidden), consenting names only and the village result', async () => {
    const be = installFakeBackend()
    be.handlers['review.results'] = () => notice()
    taroMock.routerParams = { id: 'v1%3A2026Q4' }
    render(<ReviewNoticePage />)
    await waitFor(() => expect(q('.notice-counts')).not.toBeNull())
    expect(request(be, 'review.results')!.input).toEqual({ view: 'notice', roundId: 'v1:2026Q4' })
    expect(q('.count-support .count-value')!.textContent).toBe('少于 3 户')
    expect(q('.count-fulfilled .count-value')!.textContent).toBe('180 户')
    expect(q('.named-exemplary')!.textContent).toContain('二组 李四户')
    expect(all('.village-item')).toHaveLength(1)
    expect(q('.village-medians')!.textContent).toBe('农户评价：3 分　评议小组：3.5 分')
    expect(q('.village-comment')!.textContent).toContain('希望村务公开更及时')
  })

  it("shows the township a village's published result and its trend", async () => {
    const be = installFakeBackend({ me: makeMe({ roles: ['township'], village: null, household: null }) })
    be.handlers['review.rubric'] = () => ReviewRubricOutput.parse({ round: makeRound('published'), rounds: [], proposal: null, currentQuarter: '2026Q4' })
    be.handlers['review.results'] = () => notice()
    be.handlers['review.history'] = () => ReviewHistoryOutput.parse({ village: [{ roundId: 'v1:2026Q4', quarter: '2026Q4', items: [{ itemId: 'v-1', text: '按时兑现奖励优惠待遇', residentMedian: 3, panelMedian: 3.5 }], counts: { exemplary: 3, fulfilled: 180, support: null, unrated: 4 } }] })
    taroMock.routerParams = { id: 'v1', name: '十字村' }
    render(<TownshipReviewPage />)
    await waitFor(() => expect(q('.notice-counts')).not.toBeNull())
    expect(request(be, 'review.rubric')!.input).toEqual({ villageId: 'v1' })
    await waitFor(() => expect(q('.trend-2026Q4')).not.toBeNull())
  })
})
