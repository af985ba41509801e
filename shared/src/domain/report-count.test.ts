import { countVillage, emptyFigures, histogramMedian, publicComplaints, sumFigures, VERIFY_DAY_BUCKETS, type CountInput } from './report-count'
import { DEFAULT_CHECKUP_RULES } from './checkup-plan'

const village = { _id: 'v', groups: [{ id: 'g1', name: '第一村民组' }, { id: 'g2', name: '第二村民组' }] }
const base = (over: Partial<CountInput> = {}): CountInput => ({
  today: '2026-11-30', quarter: '2026Q4', rules: DEFAULT_CHECKUP_RULES, village,
  households: [
    { _id: 'h1', groupId: 'g1', managementType: 'contract', managementSinceDay: null, archived: false },
    { _id: 'h2', groupId: 'g1', managementType: 'committed', managementSinceDay: '2026-03-01', archived: false },
    { _id: 'h3', groupId: 'g2', managementType: 'contract', managementSinceDay: null, archived: false },
    { _id: 'h4', groupId: 'g2', managementType: 'contract', managementSinceDay: null, archived: true },
  ],
  commitments: [
    { householdId: 'h1', status: 'complete' }, { householdId: 'h2', status: 'awaiting-village' }, { householdId: 'h2', status: 'superseded' },
    { householdId: 'h3', status: 'awaiting-household' }, { householdId: 'h4', status: 'complete' },
  ],
  enrolments: [{ householdId: 'h3', status: 'pending' }],
  bookings: [],
  proofs: [
    { householdId: 'h1', status: 'verified', checkupDay: '2026-10-01', submittedDay: '2026-10-02', decidedDay: '2026-10-05' },
    { householdId: 'h3', status: 'verified', checkupDay: '2026-10-01', submittedDay: '2026-10-02', decidedDay: '2026-10-03' },
    { householdId: 'h3', status: 'pending', checkupDay: '2026-11-01', submittedDay: '2026-11-02', decidedDay: null },
  ],
  complaints: [],
  review: { quarter: '2026Q3', roundId: 'v:2026Q3', results: [{ householdId: 'h1', outcome: 'exemplary' }, { householdId: 'h3', outcome: 'support' }] },
  ledger: { quarters: [{ quarter: '2026Q3', inFen: 1000, outFen: 0, count: 1 }, { quarter: '2026Q4', inFen: 500, outFen: 300, count: 2 }], pending: 1 },
  ...over,
})

describe('countVillage', () => {
  it('counts each figure per group and sums the village, leaving archived households out', () => {
    const { figures, groups } = countVillage(base())
    expect(figures.signing).toEqual({ due: 3, signed: 2, complete: 1, awaitingVillage: 1, rate: 0.6667 })
    expect(groups.map((g) => [g.groupName, g.figures.signing.due])).toEqual([['第一村民组', 2], ['第二村民组', 1]])
    expect(figures.enrolment).toMatchObject({ households: 3, contract: 2, committed: 1, pending: 1 })
    expect(figures.proofs).toEqual({ pending: 1, verified: 2, medianDaysToVerify: 2 })
    expect(figures.review).toEqual({ quarter: '2026Q3', exemplary: 1, fulfilled: 0, support: 1, unrated: 0 })
    expect(figures.ledger).toEqual({ incomeFen: 500, expenseFen: 300, entries: 2, balanceFen: 1200, pending: 1 })
    expect(figures.savings.tripsAvoided).toBe(2)
  })

  it('counts complaints of the quarter, open ones and those past their deadline', () => {
    const c = (filedDay: string, status: string, answered: boolean, within: boolean | null) =>
      ({ filedDay, status, firstAnswerDay: answered ? filedDay : null, firstAnswerWithin: within, acceptBy: '2026-11-20', answerBy: '2026-12-10' })
    const { figures } = countVillage(base({ complaints: [c('2026-10-01', 'answered', true, true), c('2026-11-01', 'submitted', false, null), c('2026-11-25', 'accepted', false, null), c('2026-06-01', 'closed', true, false)] }))
    expect(figures.complaints).toEqual({ hidden: false, filed: 3, answered: 1, withinDeadline: 1, withinRate: 1, open: 2, overdue: 1 })
    expect(publicComplaints(figures.complaints).hidden).toBe(false)
    expect(publicComplaints({ ...figures.complaints, filed: 2 })).toEqual({ hidden: true, filed: null, answered: null, withinDeadline: null, withinRate: null, open: null, overdue: null })
  })
})

describe('sums and medians', () => {
  it('takes the median of a histogram of days exactly', () => {
    const h = new Array(VERIFY_DAY_BUCKETS).fill(0)
    expect(histogramMedian(h)).toBeNull()
    h[1] = 1; h[3] = 1
    expect(histogramMedian(h)).toBe(2)
    h[10] = 1
    expect(histogramMedian(h)).toBe(3)
  })

  it('adds villages up and works the rates out again', () => {
    const a = countVillage(base()).figures
    const total = sumFigures([a, a, emptyFigures(2026)], 2026, new Array(VERIFY_DAY_BUCKETS).fill(0))
    expect(total.signing).toEqual({ due: 6, signed: 4, complete: 2, awaitingVillage: 2, rate: 0.6667 })
    expect(total.ledger.balanceFen).toBe(2400)
    expect(total.review.quarter).toBe('2026Q3')
  })
})
