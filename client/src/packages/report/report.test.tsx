import { fireEvent, render, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { makeAssessment, makeFigures, makeGroupFigures, makeNoticeSheet, makeWorkToday } from '../../../test-mocks/fake-report'
import { resetSession } from '../../stores/session'
import { WorkToday } from '../../components/work-today'
import VillageDashboardPage from './pages/village/index'
import TownshipDashboardPage from './pages/township/index'
import DashboardHouseholdsPage from './pages/households/index'
import TrendPage from './pages/trend/index'
import AssessmentScorePage from './pages/assessment-score/index'
import AssessmentPage from './pages/assessment/index'
import { filterFromParams, householdsUrl } from './components/drill'
import { noticeLines, noticeOps, SHEET } from './components/notice-layout'

const cadre = makeMe({ name: '李村专干', roles: ['resident', 'cadre'] })
const officer = makeMe({ name: '周干事', roles: ['township'], village: null, household: null })
const text = (sel: string) => document.querySelector(sel)?.textContent ?? ''

function villageBackend(me = cadre) {
  const be = installFakeBackend({ me })
  be.handlers['dashboard.village'] = (i) => ({
    villageId: 'v1', villageName: '十字村', quarter: '2026Q4', asOf: '2026-11-30T02:00:00.000Z',
    figures: makeFigures({ due: 20, signed: 15 }),
    groups: [
      { groupId: 'g1', groupName: '一组', figures: makeGroupFigures({ due: 10, signed: 9, overdue: 1 }) },
      { groupId: 'g2', groupName: '二组', figures: makeGroupFigures({ due: 10, signed: 6, overdue: 3 }) },
    ],
    households: i.households ? {
      items: [{ householdId: 'h1', label: '王大山户', groupId: 'g2', groupName: '二组', detail: '2026年第4期未检查' }],
      total: 1, offset: i.offset, limit: i.limit,
    } : null,
  })
  return be
}

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

describe('首页 as today\'s work', () => {
  it('shows each count and opens the list behind it on its filter', async () => {
    const be = installFakeBackend({ me: cadre })
    be.handlers['work.today'] = () => makeWorkToday(3)
    render(<WorkToday />)
    await waitFor(() => expect(document.querySelectorAll('.work-item')).toHaveLength(4))
    expect(text('.work-countersign .work-count')).toBe('3 ›')
    expect(text('.work-complaints .work-note')).toBe('其中 1 项已超期')
    expect(document.querySelector('.work-overdue .work-note')).toBeNull()
    expect(text('.work-review .work-note')).toBe('已完成 60 / 100')
    fireEvent.click(document.querySelector('.work-countersign')!)
    expect(taroMock.navigations).toEqual(['/packages/cadre/pages/commitments/index?status=awaiting-village'])
  })
})

describe('村工作看板', () => {
  it('breaks the chosen figure down by villager group and opens the households behind a group\'s number', async () => {
    villageBackend()
    render(<VillageDashboardPage />)
    await waitFor(() => expect(document.querySelectorAll('.figure-card')).toHaveLength(8))
    expect(text('.line-signing-rate .figure-value')).toBe('75%')
    fireEvent.click(document.querySelector('.line-checkups-overdue')!)
    await waitFor(() => expect(text('.group-breakdown')).toContain('各村民组 · 逾期未检'))
    expect(text('.group-row[data-id="g2"] .figure-value')).toBe('3 户 ›')
    fireEvent.click(document.querySelector('.group-row[data-id="g2"]')!)
    const url = taroMock.navigations[0]
    expect(url).toMatch(/^\/packages\/report\/pages\/households\/index\?/)
    expect(url).toContain('filter=checkup-overdue')
    expect(url).toContain('groupId=g2')
  })

  it('says a village-only figure has no groups', async () => {
    villageBackend()
    render(<VillageDashboardPage />)
    await waitFor(() => expect(document.querySelector('.line-ledger-income')).not.toBeNull())
    fireEvent.click(document.querySelector('.line-ledger-income')!)
    await waitFor(() => expect(text('.group-breakdown')).toContain('只按全村统计'))
  })

  it('lists the households behind the number', async () => {
    const be = villageBackend()
    taroMock.routerParams = { villageId: 'v1', groupId: 'g2', filter: 'checkup-overdue', title: '十字村二组 逾期未检' }
    render(<DashboardHouseholdsPage />)
    await waitFor(() => expect(document.querySelectorAll('.household-row')).toHaveLength(1))
    expect(text('.household-detail')).toBe('2026年第4期未检查')
    const req = be.requests.find((r) => r.action === 'dashboard.village')!
    expect(req.input).toMatchObject({ villageId: 'v1', groupId: 'g2', households: { filter: 'checkup-overdue' } })
  })

  it('round-trips a figure\'s household filter through the page parameters', () => {
    const url = householdsUrl({ key: 'enrolment-committed', label: '承诺诚信', value: '2 户', drill: { filter: 'enrolled', category: 'committed' } }, 'v1', 'g1')!
    const params = Object.fromEntries(url.split('?')[1].split('&').map((kv) => kv.split('=').map(decodeURIComponent)))
    expect(filterFromParams(params)).toEqual({ filter: 'enrolled', category: 'committed' })
    expect(filterFromParams({ filter: 'review' })).toBeNull()
    expect(filterFromParams({ filter: 'nonsense' })).toBeNull()
  })
})

describe('全镇工作看板', () => {
  it('shows the chosen figure for each village in roster order and opens that village', async () => {
    const be = installFakeBackend({ me: officer })
    be.handlers['dashboard.township'] = () => ({
      townshipId: 't1', townshipName: '十字镇', quarter: '2026Q4', asOf: '2026-11-30T02:00:00.000Z',
      figures: makeFigures({ due: 40, signed: 30 }),
      villages: [
        { villageId: 'v2', villageName: '百子村', figures: makeFigures({ due: 20, signed: 20 }) },
        { villageId: 'v1', villageName: '十字村', figures: makeFigures({ due: 20, signed: 10 }) },
      ],
      county: null,
    })
    render(<TownshipDashboardPage />)
    await waitFor(() => expect(document.querySelectorAll('.village-row')).toHaveLength(2))
    expect(Array.from(document.querySelectorAll('.village-row')).map((e) => e.getAttribute('data-id'))).toEqual(['v2', 'v1'])
    fireEvent.click(document.querySelector('.line-signing-unsigned')!)
    await waitFor(() => expect(text('.village-row[data-id="v1"] .figure-value')).toBe('10 户 ›'))
    fireEvent.click(document.querySelector('.village-row[data-id="v1"]')!)
    expect(taroMock.navigations[0]).toBe(`/packages/report/pages/village/index?villageId=v1&name=${encodeURIComponent('十字村')}&line=signing-unsigned`)
  })
})

describe('近8个季度趋势', () => {
  it('writes every quarter\'s number beside its bar', async () => {
    const be = installFakeBackend({ me: cadre })
    be.handlers['dashboard.trend'] = () => ({
      scope: 'village', id: 'v1', name: '十字村',
      points: [
        { quarter: '2026Q3', live: false, figures: makeFigures({ due: 20, signed: 10 }) },
        { quarter: '2026Q4', live: true, figures: makeFigures({ due: 20, signed: 15 }) },
      ],
    })
    render(<TrendPage />)
    await waitFor(() => expect(document.querySelectorAll('.trend-signing-rate .bar-row')).toHaveLength(2))
    expect(text('.trend-signing-rate .bar-2026Q3 .bar-value')).toBe('50%')
    expect(text('.trend-signing-rate .bar-2026Q4 .bar-label')).toBe('26年4季（本季）')
    expect(text('.trend-signing-rate .bar-2026Q4 .bar-value')).toBe('75%')
  })
})

describe('六好考评', () => {
  it('submits a village\'s six scores only after confirming, then shows them read-only', async () => {
    const be = installFakeBackend({ me: officer })
    let stored = makeAssessment()
    be.handlers['assessment.list'] = (i) => ({ items: [stored], total: 1, offset: i.offset, limit: i.limit, quarter: null, opened: ['2026Q4'] })
    be.handlers['assessment.score'] = (i) => {
      stored = makeAssessment({
        status: i.submit ? 'submitted' : 'draft', statusLabel: i.submit ? '已提交' : '评分中（未提交）',
        goods: stored.goods.map((g) => {
          const s = i.goods.find((x) => x.key === g.key)!
          return { ...g, score: s.score, comment: s.comment, facts: [] }
        }),
        total: i.goods.reduce((a, g) => a + g.score, 0), submittedAt: i.submit ? '2026-11-30T03:00:00.000Z' : null, scoredBy: '周干事',
      })
      return { assessment: stored }
    }
    taroMock.routerParams = { villageId: 'v1', quarter: '2026Q4' }
    render(<AssessmentScorePage />)
    await waitFor(() => expect(document.querySelectorAll('.good-block')).toHaveLength(6))
    expect(text('.good-organisation .good-fact')).toBe('签约率：80%')
    expect(document.querySelector('.btn-submit-assessment')!.className).toContain('is-disabled')
    for (const b of Array.from(document.querySelectorAll('.good-block'))) fireEvent.click(b.querySelector('.score-8')!)
    fireEvent.change(document.querySelector('.comment-openness textarea')!, { target: { value: '账目按季公开' } })

    taroMock.modalConfirm = false
    fireEvent.click(document.querySelector('.btn-submit-assessment')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(taroMock.modals[0].content).toContain('不能再改')
    expect(be.requests.some((r) => r.action === 'assessment.score')).toBe(false)

    taroMock.modalConfirm = true
    fireEvent.click(document.querySelector('.btn-submit-assessment')!)
    await waitFor(() => expect(document.querySelector('.assessment-card.assessment-submitted')).not.toBeNull())
    const req = be.requests.find((r) => r.action === 'assessment.score')!
    expect(req.input).toMatchObject({ villageId: 'v1', quarter: '2026Q4', submit: true })
    expect((req.input.goods as Array<{ key: string; comment: string }>).find((g) => g.key === 'openness')!.comment).toBe('账目按季公开')
    expect(text('.assessment-total')).toBe('六项合计 48 分（满分 60 分）')
  })

  it('shows the cadre the village\'s submitted results', async () => {
    const be = installFakeBackend({ me: cadre })
    const done = makeAssessment({ status: 'submitted', statusLabel: '已提交', total: 50, submittedAt: '2026-10-08T02:00:00.000Z',
      goods: makeAssessment().goods.map((g) => ({ ...g, score: g.key === 'civility' ? 5 : 9, comment: g.key === 'civility' ? '移风易俗还要加强' : '', facts: [] })) })
    be.handlers['assessment.list'] = (i) => ({ items: [done], total: 1, offset: i.offset, limit: i.limit, quarter: null, opened: [] })
    render(<AssessmentPage />)
    await waitFor(() => expect(document.querySelectorAll('.assessment-card')).toHaveLength(1))
    expect(text('.good-civility .good-comment')).toBe('评语：移风易俗还要加强')
    expect(document.querySelector('.btn-open-quarter')).toBeNull()
  })
})

describe('公开栏张贴页', () => {
  it('writes the sheet\'s facts, hiding small counts', () => {
    const lines = noticeLines(makeNoticeSheet()).map((l) => l.text)
    expect(lines).toContain('应签 10 户，已签 8 户，签约率 80%')
    expect(lines).toContain('诚信示范户 3 户，需帮扶 少于3 户')
    expect(lines).toContain('投诉少于 3 件，不单列')
    expect(lines).toContain('收入 1,200.00 元，支出 300.00 元，共 6 笔')
  })

  it('lays everything out inside the A4 sheet, with the code when there is one', () => {
    const ops = noticeOps(makeNoticeSheet({ code: { fileId: 'cloud://x/code.png', url: 'https://x/code.png', page: 'pages/index/index', scene: 'v=v1' } }), 'https://x/code.png')
    for (const op of ops) {
      if (op.kind === 'text') {
        expect(op.y + op.size).toBeLessThanOrEqual(SHEET.h)
        if (op.align !== 'center') expect(op.x + Array.from(op.text).length * op.size).toBeLessThanOrEqual(SHEET.w)
      }
    }
    expect(ops.filter((o) => o.kind === 'image')).toHaveLength(1)
  })
})
