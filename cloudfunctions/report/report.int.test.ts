import { randomUUID } from 'crypto'
import { businessQuarter } from '@chengxin/shared/src/domain'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const BAIZI_CADRE = 'o-cadre-baizi'
const TOWN = 'o-township-officer'
const HEAD = 'o-resident-head'
const PANEL = 'o-panel-member'
const QUARTER = businessQuarter(new Date())
const GOODS = (score = 8) => ['organisation', 'rules', 'openness', 'service', 'family', 'civility'].map((key) => ({ key, score, comment: `${key}评语` }))

const call = (openid: string, action: string, input: object = {}) => t.call(openid, 'report', action, input)
const change = (openid: string, action: string, input: object, requestId = randomUUID()) => t.change(openid, 'report', action, input, requestId)
const counter = (villageId: string) => t.findOne('report_counters', { _id: `${villageId}:${QUARTER}` })
const itemOf = (sections: any[], role: string, key: string) => sections.find((s) => s.role === role)?.items.find((i: any) => i.key === key)

describe('work.today', () => {
  it('gives a cadre the counts of what waits, each with the page that lists it, live', async () => {
    const res = await call(CADRE, 'work.today')
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const waiting = t.find('commitments', { villageId: 'v-shizi', status: 'awaiting-village' })
    const countersign = itemOf(res.data.sections, 'cadre', 'countersign')
    expect(countersign).toMatchObject({ label: '承诺书待会签', count: waiting.length, page: 'packages/cadre/pages/commitments/index?status=awaiting-village', asOf: null })
    expect(itemOf(res.data.sections, 'cadre', 'enrolments').count).toBe(t.find('enrolments', { villageId: 'v-shizi', status: 'pending' }).length)
    expect(itemOf(res.data.sections, 'cadre', 'proofs').count).toBe(t.find('proofs', { villageId: 'v-shizi', status: 'pending' }).length)
    expect(itemOf(res.data.sections, 'cadre', 'overdue')).toMatchObject({ count: counter('v-shizi').figures.checkups.overdue, page: 'packages/cadre/pages/due/index?status=overdue' })
    expect(itemOf(res.data.sections, 'cadre', 'overdue').asOf).not.toBeNull()

    // Acting on one: the count goes down at once.
    const [first] = waiting
    expect((await t.change(CADRE, 'commitment', 'commitment.countersign', { commitmentId: first._id, contentHash: first.contentHash })).ok).toBe(true)
    expect(itemOf((await call(CADRE, 'work.today')).data.sections, 'cadre', 'countersign').count).toBe(waiting.length - 1)
  })

  it('gives a panel member the counts of their groups, and the township its own', async () => {
    const panel = await call(PANEL, 'work.today')
    expect(panel.data.sections.map((s: any) => s.role)).toEqual(['panel'])
    const pending = t.find('ledger_entries', { villageId: 'v-shizi', status: 'pending' }).filter((e) => e.recordedBy.openid !== PANEL && e.householdId !== 'h-shizi-002')
    expect(itemOf(panel.data.sections, 'panel', 'ledger-pending')).toMatchObject({ count: pending.length, page: 'packages/panel/pages/ledger/index?view=pending' })
    // The same count and overdue count as the supervision workbench's list behind it.
    const list = (await t.call(PANEL, 'complaint', 'complaint.list', { limit: 50 })).data
    expect(itemOf(panel.data.sections, 'panel', 'complaints')).toMatchObject({ count: list.total, urgent: list.overdue, page: 'packages/panel/pages/complaints/index?status=open' })
    const townList = (await t.call(TOWN, 'complaint', 'complaint.list', { limit: 50 })).data
    const town = await call(TOWN, 'work.today')
    expect(town.data.sections.map((s: any) => s.role)).toEqual(['township'])
    expect(itemOf(town.data.sections, 'township', 'township-complaints')).toMatchObject({ count: townList.total, urgent: townList.overdue })
    expect(itemOf(town.data.sections, 'township', 'assessment')).toMatchObject({ count: 7, of: 7, page: `packages/report/pages/assessment/index?quarter=${QUARTER}` })
  })

  it('gives residents nothing', async () => {
    expect((await call(HEAD, 'work.today')).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('dashboard.village', () => {
  it('shows a cadre their village and its groups from the counter, in one round trip', async () => {
    const res = await call(CADRE, 'dashboard.village')
    expect(res.roundTrips).toBe(1)
    const c = counter('v-shizi')
    expect(res.data).toMatchObject({ villageId: 'v-shizi', villageName: '十字村', quarter: QUARTER, households: null })
    expect(res.data.figures.signing).toEqual(c.figures.signing)
    expect(res.data.groups.map((g: any) => g.groupId)).toEqual(t.findOne('villages', { _id: 'v-shizi' }).groups.map((g: any) => g.id))
    expect(res.data.groups.reduce((a: number, g: any) => a + g.figures.signing.due, 0)).toBe(res.data.figures.signing.due)
    // Few complaints: hidden, as the public stats hide them.
    expect(res.data.figures.complaints).toMatchObject({ hidden: true, filed: null })
  })

  it('drills down to the households behind a number', async () => {
    const all = await call(CADRE, 'dashboard.village', { households: { filter: 'unsigned' }, limit: 50 })
    const unsigned = t.find('commitments', { villageId: 'v-shizi', status: 'awaiting-household' })
    expect(all.data.households.total).toBe(unsigned.length)
    expect(all.data.households.total).toBe(all.data.figures.signing.due - all.data.figures.signing.signed)
    expect(all.data.households.items[0]).toMatchObject({ detail: '户主未签', groupName: expect.stringContaining('组') })
    const group = all.data.groups[0]
    const one = await call(CADRE, 'dashboard.village', { groupId: group.groupId, households: { filter: 'checkup-overdue' }, limit: 50 })
    expect(one.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(one.data.groups).toHaveLength(1)
    expect(one.data.households.total).toBe(group.figures.checkups.overdue)
    expect(one.data.households.items.every((h: any) => h.groupId === group.groupId && h.detail.endsWith('未检查'))).toBe(true)
    const review = await call(CADRE, 'dashboard.village', { households: { filter: 'review', outcome: 'support' } })
    expect(review.data.households.total).toBe(review.data.figures.review.support)
  })

  it('lets the township open any village of its township, and nobody another village', async () => {
    const res = await call(TOWN, 'dashboard.village', { villageId: 'v-baizi', households: { filter: 'signed' } })
    expect(res.data).toMatchObject({ villageId: 'v-baizi', households: { total: res.data.figures.signing.signed } })
    expect((await call(TOWN, 'dashboard.village')).error?.code).toBe('INVALID_INPUT')
    expect((await call(CADRE, 'dashboard.village', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(BAIZI_CADRE, 'dashboard.village', { villageId: 'v-shizi', households: { filter: 'unsigned' } })).error?.code).toBe('NOT_IN_VILLAGE')
    for (const who of [HEAD, PANEL]) expect((await call(who, 'dashboard.village')).error?.code).toBe('FORBIDDEN_ROLE')
  })

  it('counts a village the timer has not counted yet, storing nothing (a read)', async () => {
    const seeded = counter('v-baizi')
    const counters = t.emu.wire.db.collection('report_counters')
    counters.remove({ villageId: 'v-baizi' })
    counters.remove({ _id: `t:t-shizi:${QUARTER}` })
    const before = snapshot(t.emu)
    const res = await call(TOWN, 'dashboard.village', { villageId: 'v-baizi' })
    expect(res.data.figures.signing).toEqual(seeded.figures.signing)
    expect((await call(TOWN, 'dashboard.township')).data.villages).toHaveLength(6)
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a filter it does not know', async () => {
    const res = await call(CADRE, 'dashboard.village', { households: { filter: 'richest' } })
    expect(res.error?.code).toBe('INVALID_INPUT')
  })
})

describe('dashboard.township', () => {
  it('gives the township total and every village in roster order, within budget', async () => {
    const res = await call(TOWN, 'dashboard.township', { county: true })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const ids = res.data.villages.map((v: any) => v.villageId)
    expect(ids).toEqual([...ids].sort())
    expect(ids).toHaveLength(7)
    const sum = (k: 'due' | 'signed') => res.data.villages.reduce((a: number, v: any) => a + v.figures.signing[k], 0)
    expect(res.data.figures.signing).toMatchObject({ due: sum('due'), signed: sum('signed') })
    expect(res.data.county).toMatchObject({ townships: 1, villages: 7, figures: { signing: { due: sum('due') } } })
    expect(JSON.stringify(res.data)).not.toMatch(/rank|排名/)
  })

  it('is the township\'s only', async () => {
    for (const who of [CADRE, HEAD, PANEL]) expect((await call(who, 'dashboard.township')).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('dashboard.trend', () => {
  it('gives the last 8 quarters oldest first, the current one live', async () => {
    const res = await call(CADRE, 'dashboard.trend')
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data.points).toHaveLength(8)
    expect(res.data.points[7]).toMatchObject({ quarter: QUARTER, live: true })
    expect(res.data.points.filter((p: any) => p.live)).toHaveLength(1)
    const quarters = res.data.points.map((p: any) => p.quarter)
    expect(quarters).toEqual([...quarters].sort())
    const town = await call(TOWN, 'dashboard.trend', { quarters: 4 })
    expect(town.data).toMatchObject({ scope: 'township', id: 't-shizi', name: '十字镇' })
    expect(town.data.points).toHaveLength(4)
    expect((await call(CADRE, 'dashboard.trend', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(CADRE, 'dashboard.trend', { quarters: 20 })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('assessment', () => {
  it('is opened by the township for a quarter, once, telling every village\'s cadre', async () => {
    const previous = t.find('assessment_rounds', { townshipId: 't-shizi' }).map((r) => r.quarter).sort()[1]
    t.emu.wire.db.collection('assessment_rounds').remove({ _id: `t-shizi:${previous}` })
    const id = randomUUID()
    const res = await change(TOWN, 'assessment.open', { quarter: previous }, id)
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data).toEqual({ quarter: previous, villages: 7 })
    const [audit] = t.find('audit', { action: 'assessment.open' })
    expect(audit.outbox).toHaveLength(7)
    expect(audit.outbox[0]).toMatchObject({ to: { role: 'cadre' }, template: 'assessment-opened' })
    // The same request again: the same answer, nothing more stored.
    const before = snapshot(t.emu)
    expect((await change(TOWN, 'assessment.open', { quarter: previous }, id)).data).toEqual(res.data)
    expect(snapshot(t.emu)).toBe(before)
    expect((await change(TOWN, 'assessment.open', { quarter: previous })).error?.code).toBe('ASSESSMENT_EXISTS')
    expect((await change(TOWN, 'assessment.open', { quarter: '2020Q1' })).error?.code).toBe('ASSESSMENT_QUARTER')
    expect((await change(CADRE, 'assessment.open', { quarter: QUARTER })).error?.code).toBe('FORBIDDEN_ROLE')
  })

  it('is scored as drafts, then submitted for good; only then the cadre sees it', async () => {
    const draft = await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: GOODS(7) })
    expect(draft.ok).toBe(true)
    expect(draft.data.assessment).toMatchObject({ status: 'draft', total: 42, villageName: '十字村' })
    expect(draft.data.assessment.goods[0]).toMatchObject({ key: 'organisation', label: '组织建设好', score: 7, facts: [expect.objectContaining({ label: '签约率' }), expect.anything()] })
    const cadreBefore = (await call(CADRE, 'assessment.list')).data
    expect(cadreBefore.items.map((i: any) => i.quarter)).not.toContain(QUARTER)

    const id = randomUUID()
    const submitted = await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: GOODS(9), submit: true }, id)
    expect(submitted.data.assessment).toMatchObject({ status: 'submitted', statusLabel: '已提交', total: 54 })
    expect(t.find('audit', { action: 'assessment.score' }).find((a) => a._id === id).outbox[0]).toMatchObject({ to: { villageId: 'v-shizi', role: 'cadre' }, template: 'assessment-scored' })
    expect((await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: GOODS(9), submit: true }, id)).data).toEqual(submitted.data)
    expect((await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: GOODS(5) })).error?.code).toBe('ASSESSMENT_SUBMITTED')

    const cadre = (await call(CADRE, 'assessment.list')).data
    expect(cadre.items[0]).toMatchObject({ quarter: QUARTER, total: 54, status: 'submitted' })
    expect(cadre.items[0].goods[0]).toMatchObject({ score: 9, comment: 'organisation评语', facts: [] })
    expect(cadre.items.length).toBe(3) // two seeded quarters and this one
    const town = (await call(TOWN, 'assessment.list', { quarter: QUARTER })).data
    expect(town.items.map((i: any) => i.villageId)).toEqual([...town.items.map((i: any) => i.villageId)].sort())
    expect(town.items.find((i: any) => i.villageId === 'v-shizi')).toMatchObject({ status: 'submitted' })
    expect(town.opened[0]).toBe(QUARTER)
  })

  it('refuses bad scores and storing nothing, and other villages\' and roles\' calls', async () => {
    const before = snapshot(t.emu)
    expect((await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: GOODS().slice(0, 5) })).error?.code).toBe('INVALID_INPUT')
    expect((await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: GOODS(11) })).error?.code).toBe('INVALID_INPUT')
    const twice = GOODS()
    twice[5] = { ...twice[0] }
    expect((await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: twice })).error?.code).toBe('ASSESSMENT_GOODS')
    expect((await change(TOWN, 'assessment.score', { villageId: 'v-shizi', quarter: '2021Q1', goods: GOODS() })).error?.code).toBe('ASSESSMENT_NOT_OPEN')
    expect((await change(TOWN, 'assessment.score', { villageId: 'v-nowhere', quarter: QUARTER, goods: GOODS() })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
    expect((await change(CADRE, 'assessment.score', { villageId: 'v-shizi', quarter: QUARTER, goods: GOODS() })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(CADRE, 'assessment.list', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(HEAD, 'assessment.list')).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('report.export', () => {
  async function workbook(url: string) {
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    const res = await fetch(url)
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    return book
  }

  it('gives a cadre their village per group, each sheet with its period and time of generation', async () => {
    const res = await call(CADRE, 'report.export')
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const book = await workbook(res.data.url)
    expect(book.worksheets.map((s) => s.name)).toEqual(res.data.sheets.map((s: any) => s.name))
    const dash = (await call(CADRE, 'dashboard.village')).data
    const signing = book.getWorksheet('承诺书签约')!
    expect(String(signing.getCell(1, 1).value)).toContain(`统计期：${QUARTER}`)
    expect(String(signing.getCell(2, 1).value)).toMatch(/^生成时间：\d{4}/)
    dash.groups.forEach((g: any, i: number) => {
      const row = signing.getRow(4 + i)
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([g.groupName, g.figures.signing.due, g.figures.signing.signed])
    })
    expect(res.data.sheets.find((s: any) => s.name === '承诺书签约').rows).toBe(dash.groups.length)
    expect(res.data.sheets.find((s: any) => s.name === '六好考评').rows).toBe(0)
  })

  it('gives the township a row per village; another village is refused', async () => {
    const res = await call(TOWN, 'report.export', { table: 'signing' })
    expect(res.data.sheets).toEqual([{ name: '承诺书签约', rows: 7 }])
    expect((await call(CADRE, 'report.export', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(PANEL, 'report.export')).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('notice.sheet', () => {
  it('gives the facts of the public notice with a mini-program code stored in cloud storage', async () => {
    const res = await call(CADRE, 'notice.sheet')
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ villageId: 'v-shizi', quarter: QUARTER, signing: counter('v-shizi').figures.signing, complaints: { hidden: true } })
    expect(res.data.documents.length).toBeGreaterThan(0)
    expect(res.data.code).toMatchObject({ page: 'packages/report/pages/notice/index', scene: `n:v-shizi:${QUARTER}` })
    expect(t.emu.wire.openapi.calls.filter((c) => c.apiName === 'wxacode.getUnlimited').map((c) => c.data)).toEqual([
      expect.objectContaining({ scene: `n:v-shizi:${QUARTER}`, page: 'packages/report/pages/notice/index' }),
    ])
    const png = await fetch(res.data.code.url)
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG')
  })

  it('gives residents the same facts without the code, and only of their own village', async () => {
    const res = await call(HEAD, 'notice.sheet')
    expect(res.data.code).toBeNull()
    expect((await call(HEAD, 'notice.sheet', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(TOWN, 'notice.sheet', { villageId: 'v-baizi' })).data.villageName).toBe('百子村')
    expect((await call(CADRE, 'notice.sheet', { quarter: '2019Q1' })).error?.code).toBe('NOT_FOUND')
  })
})

describe('monthly summary (timer)', () => {
  it('puts last month\'s summary into every village\'s cadre inbox, once a month', async () => {
    await t.emu.runner.fireTimer('report', 'monthly')
    const logs = t.find('audit', { action: 'report.monthly' })
    expect(logs).toHaveLength(7)
    expect(logs[0].outbox[0]).toMatchObject({ to: { role: 'cadre' }, template: 'report-monthly', body: expect.stringContaining('签约率') })
    await t.emu.runner.fireTimer('report', 'monthly')
    expect(t.find('audit', { action: 'report.monthly' })).toHaveLength(7)
    await t.emu.runner.fireTimer('notify', 'relay')
    const inbox = (await t.call(CADRE, 'notify', 'inbox.list', { limit: 20 })).data.items
    expect(inbox.filter((m: any) => m.template === 'report-monthly' || m.title.includes('工作汇总'))).toHaveLength(1)
  })
})
