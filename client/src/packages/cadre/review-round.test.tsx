import { fireEvent, render, waitFor } from '@testing-library/react'
import { ReviewCloseOutput, ReviewOpenOutput, ReviewPublishOutput, ReviewQueueOutput, ReviewResultsOutput, ReviewRubricOutput, type RoundView } from '@chengxin/shared/src/api'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { makeConflicts, makeRound, RUBRIC } from '../../../test-mocks/fake-review'
import { resetSession } from '../../stores/session'
import CadreReviewPage from './pages/review/index'
import { previousQuarter } from './components/review-open'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const requests = (be: { requests: Array<{ action: string; input: any; requestId: string }> }, action: string) => be.requests.filter((r) => r.action === action)
const cadre = makeMe({ name: '李村专干', roles: ['resident', 'cadre'] })
const ROUND = 'v1:2026Q4'

function cadreBackend(start: RoundView | null) {
  const be = installFakeBackend({ me: cadre })
  let round = start
  be.handlers['review.rubric'] = () => ReviewRubricOutput.parse({
    round, rounds: round ? [{ id: round.id, quarter: round.quarter, status: round.status, statusLabel: round.statusLabel }] : [],
    proposal: RUBRIC, currentQuarter: '2026Q4',
  })
  be.handlers['review.open'] = (i: { quarter: string }) => { round = makeRound('open', { id: `v1:${i.quarter}`, quarter: i.quarter, canManage: true }); return ReviewOpenOutput.parse({ round }) }
  be.handlers['review.queue'] = () => ReviewQueueOutput.parse({ roundId: ROUND, members: [makeConflicts({ declaredAt: '2026-11-20T03:00:00.000Z' }), makeConflicts({ memberName: '孙评议' })] })
  let processed = 0
  be.handlers['review.close'] = () => {
    processed = Math.min(processed + 200, 450)
    round = makeRound(processed === 450 ? 'closed' : 'closing', { canManage: true, close: { processed, total: 450 } })
    return ReviewCloseOutput.parse({ round, processed, total: 450, done: processed === 450 })
  }
  be.handlers['review.publish'] = () => { round = makeRound('published', { canManage: true }); return ReviewPublishOutput.parse({ round }) }
  be.handlers['review.results'] = (i: { view: string }) => ReviewResultsOutput.parse(i.view === 'notice'
    ? { round: makeRound('published'), counts: { exemplary: 3, fulfilled: 440, support: 3, unrated: 4 }, named: [], village: { items: [], ratings: 0, panelScorers: 0, comments: [] } }
    : { round: makeRound('closed'), households: [], total: 0, offset: 0, limit: 20 })
  return be
}

describe('季度评议 (cadre)', () => {
  it('knows the quarter before', () => {
    expect(previousQuarter('2026Q4')).toBe('2026Q3')
    expect(previousQuarter('2027Q1')).toBe('2026Q4')
  })

  it('opens a round with the generated rubric, edited descriptors and settings, after confirming', async () => {
    const be = cadreBackend(null)
    render(<CadreReviewPage />)
    await waitFor(() => expect(q('.review-open')).not.toBeNull())
    expect(q('.rubric-h-1')).not.toBeNull()
    expect(q('.rubric-v-2')).not.toBeNull()
    fireEvent.click(q('.rubric-h-1 .btn-edit-item')!)
    fireEvent.change(q('.rubric-h-1 .descriptor-0 input')!, { target: { value: '全年未参加' } })
    fireEvent.change(q('.quorum input')!, { target: { value: '0' } })
    expect(q('.btn-open-round')!.className).toContain('is-disabled')
    fireEvent.change(q('.quorum input')!, { target: { value: '4' } })
    fireEvent.click(q('.btn-open-round')!)
    await waitFor(() => expect(q('.review-declarations')).not.toBeNull())
    expect(requests(be, 'review.open')[0].input).toEqual({
      quarter: '2026Q4', settings: { quorum: 4, noticeDays: 7 },
      edits: [{ id: 'h-1', descriptors: ['全年未参加', ...RUBRIC.householdItems[0].descriptors.slice(1)] }],
    })
    expect(taroMock.modals[0].content).toContain('每户至少 4 人评议')
    expect(q('.review-declarations')!.textContent).toContain('已申报回避 1/2 人')
  })

  it('closes in batches, a new request each, showing progress until every result is computed', async () => {
    const be = cadreBackend(makeRound('open', { canManage: true }))
    render(<CadreReviewPage />)
    await waitFor(() => expect(q('.btn-close-round')).not.toBeNull())
    fireEvent.click(q('.btn-close-round')!)
    await waitFor(() => expect(q('.btn-publish-round')).not.toBeNull())
    const calls = requests(be, 'review.close')
    expect(calls).toHaveLength(3)
    expect(new Set(calls.map((c) => c.requestId)).size).toBe(3)
    expect(taroMock.modals[0].content).toContain('不能再打分')
  })

  it('resumes an interrupted close with the same request, then publishes after confirming', async () => {
    const be = cadreBackend(makeRound('closing', { canManage: true, close: { processed: 200, total: 450 } }))
    be.failNext('review.close', 'INTERNAL')
    render(<CadreReviewPage />)
    await waitFor(() => expect(q('.close-progress')!.textContent).toBe('已计算 200/450 户'))
    fireEvent.click(q('.btn-close-round')!)
    await waitFor(() => expect(document.body.textContent).toContain('服务暂时不可用'))
    fireEvent.click(q('.btn-close-round')!)
    await waitFor(() => expect(q('.btn-publish-round')).not.toBeNull())
    const ids = requests(be, 'review.close').map((c) => c.requestId)
    expect(ids[1]).toBe(ids[0]) // the unanswered batch is replayed, not doubled
    fireEvent.click(q('.btn-publish-round')!)
    await waitFor(() => expect(q('.notice-counts')).not.toBeNull())
    expect(taroMock.modals.pop()!.content).toContain('公示 7 天')
  })
})
