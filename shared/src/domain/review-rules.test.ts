import {
  computeResult, countedScores, generateRubric, helperFor, mayOpenQuarter, median, nextRoundStatus, outcomeOf, publicCounts,
  roundSettings, roundStatusAt, ROUND_STATUSES, ROUND_STATUS_LABELS, scoresFit, villageOfRound, villageResult, REVIEW_OUTCOME_LABELS,
} from './review-rules'

const items = [{ id: 'h1' }, { id: 'h2' }]
const all = (v: number) => ({ h1: v, h2: v })

describe('median', () => {
  it('is robust to one outlier', () => {
    expect(median([3, 3, 0])).toBe(3)
    expect(median([3, 3, 4, 3, 0])).toBe(3)
    // one scorer far off either way moves the median at most to a neighbour's score
    expect(median([2, 3, 3, 3, 4])).toBe(3)
    expect(median([0, 3, 3, 3, 3])).toBe(3)
  })
  it('takes the mean of the middle two for an even count, and nothing of nothing', () => {
    expect(median([2, 3])).toBe(2.5)
    expect(median([4, 0, 3, 3])).toBe(3)
    expect(median([])).toBeNull()
  })
})

describe('quorum', () => {
  it('fewer scorers than the quorum give 未评, never a default', () => {
    const r = computeResult(items, [all(4), all(4)], 3)
    expect(r.outcome).toBe('unrated')
    expect(r.total).toBeNull()
    expect(r.medians.every((m) => m.median === null)).toBe(true)
    expect(REVIEW_OUTCOME_LABELS[r.outcome]).toBe('未评')
  })
  it('the quorum reached gives medians and a total', () => {
    const r = computeResult(items, [all(4), all(3), { h1: 0, h2: 4 }], 3)
    expect(r.medians).toEqual([{ itemId: 'h1', median: 3 }, { itemId: 'h2', median: 4 }])
    expect(r.total).toBe(7)
    expect(r.outcome).toBe('exemplary')
    expect(r.spread[0].scores).toEqual([0, 3, 4])
  })
})

describe('outcome bands (written rule: a total exactly on an edge gets the better band)', () => {
  it('3.5 × n exactly is exemplary, just under is fulfilled', () => {
    expect(outcomeOf(7, 2)).toBe('exemplary')
    expect(outcomeOf(6.5, 2)).toBe('fulfilled')
  })
  it('2 × n exactly is fulfilled, just under needs support', () => {
    expect(outcomeOf(4, 2)).toBe('fulfilled')
    expect(outcomeOf(3.5, 2)).toBe('support')
  })
  it('everyone at 做到了 is 诚信户', () => {
    expect(computeResult(items, [all(3), all(3), all(3)], 3).outcome).toBe('fulfilled')
  })
})

describe('counted scores', () => {
  const member = (key: string, conflicts: string[] = [], groups: string[] = ['g1']) => ({ key, conflicts: new Set(conflicts), confirmedGroups: new Set(groups) })
  const hh = { id: 'h-1', groupId: 'g1' }
  it('confirmation counts as fulfilled, item scores as given, conflicts never', () => {
    const scores = countedScores(hh, items, [member('a'), member('b'), member('c', ['h-1']), member('d', [], [])], [
      { scorer: 'b', mark: 'discuss', scores: all(1) },
      { scorer: 'c', mark: 'discuss', scores: all(0) },
    ])
    expect(scores).toEqual([all(3), all(1)])
  })
  it('a marked household not yet scored does not count', () => {
    expect(countedScores(hh, items, [member('a')], [{ scorer: 'a', mark: 'nominate', scores: null }])).toEqual([])
  })
})

describe('rubric', () => {
  const template = { version: 2, villageItems: [{ id: 'v1', text: '公开村务' }], householdItems: [{ id: 'h1', text: '按约检查' }, { id: 'h2', text: '遵守村规' }] }
  it('has one item per promise on both lists with five descriptors', () => {
    const r = generateRubric(template)!
    expect(r.householdItems.map((i) => i.id)).toEqual(['h1', 'h2'])
    expect(r.villageItems.map((i) => [i.id, i.side])).toEqual([['v1', 'village']])
    expect(r.householdItems[0].descriptors).toHaveLength(5)
  })
  it('takes the village edits, refuses an edit of no item', () => {
    expect(generateRubric(template, [{ id: 'v1', descriptors: ['a', 'b', 'c', 'd', 'e'] }])!.villageItems[0].descriptors[4]).toBe('e')
    expect(generateRubric(template, [{ id: 'zz', text: 'x' }])).toBeNull()
  })
  it('scores must cover exactly the items', () => {
    expect(scoresFit(items, all(2))).toBe(true)
    expect(scoresFit(items, { h1: 2 })).toBe(false)
    expect(scoresFit(items, { h1: 2, h2: 5 })).toBe(false)
  })
})

describe('round', () => {
  it('has one label per state and moves only forward', () => {
    expect(Object.keys(ROUND_STATUS_LABELS)).toEqual([...ROUND_STATUSES])
    expect(nextRoundStatus('open', 'close')).toBe('closing')
    expect(nextRoundStatus('closing', 'computed')).toBe('closed')
    expect(nextRoundStatus('closed', 'publish')).toBe('published')
    expect(nextRoundStatus('open', 'publish')).toBeNull()
    expect(nextRoundStatus('published', 'close')).toBeNull()
  })
  it('is final once the notice is over and no appeal is pending', () => {
    const ends = new Date('2026-12-10T00:00:00Z')
    expect(roundStatusAt('published', ends, 0, new Date('2026-12-11T00:00:00Z'))).toBe('final')
    expect(roundStatusAt('published', ends, 1, new Date('2026-12-11T00:00:00Z'))).toBe('published')
    expect(roundStatusAt('published', ends, 0, new Date('2026-12-09T00:00:00Z'))).toBe('published')
  })
  it('settings default to quorum 3, notice 7, appeal = notice', () => {
    expect(roundSettings()).toEqual({ quorum: 3, noticeDays: 7, appealDays: 7 })
    expect(roundSettings({ noticeDays: 10, appealDays: 20 }).appealDays).toBe(10)
  })
  it('opens for this quarter or the last one', () => {
    expect(mayOpenQuarter('2026Q4', '2026Q4')).toBe(true)
    expect(mayOpenQuarter('2026Q3', '2026Q4')).toBe(true)
    expect(mayOpenQuarter('2025Q4', '2026Q1')).toBe(true)
    expect(mayOpenQuarter('2026Q2', '2026Q4')).toBe(false)
    expect(villageOfRound('v-shizi:2026Q4')).toBe('v-shizi')
  })
})

describe('public figures and helpers', () => {
  it('hides cells of 1 or 2 households', () => {
    expect(publicCounts({ exemplary: 2, fulfilled: 40, support: 0, unrated: 3 })).toEqual({ exemplary: null, fulfilled: 40, support: 0, unrated: 3 })
  })
  it('a helper is never conflicted on the household', () => {
    const members = [{ name: '甲', conflicts: new Set(['h-1']) }, { name: '乙', conflicts: new Set<string>() }]
    expect(helperFor('h-1', 0, members)).toBe('乙')
    expect(helperFor('h-1', 1, members)).toBe('乙')
    expect(helperFor('h-1', 0, [members[0]])).toBeNull()
  })
  it('the village result has resident and panel medians per item', () => {
    expect(villageResult([{ id: 'v1', text: '公开村务' }], [{ v1: 2 }, { v1: 4 }, { v1: 3 }], [])).toEqual([{ itemId: 'v1', text: '公开村务', residentMedian: 3, panelMedian: null }])
  })
})
