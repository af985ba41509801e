import { randomUUID } from 'crypto'
import { ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
// The bundle carries a spreadsheet library: start the function's worker once, outside any test's time.
beforeAll(() => t.call('o-resident-head', 'checkup', 'site.list', {}), 60_000)
const HEAD = 'o-resident-head'
const CADRE = 'o-cadre-shizi'
const OTHER_CADRE = 'o-cadre-baizi'
const TOWN = 'o-township-officer'

const call = (who: string, action: string, input: unknown) => t.call(who, 'checkup', action, input)

describe('due.list', () => {
  it("lists the cadre's households due now or overdue, per group, a page at a time, in four round trips", async () => {
    const res = await call(CADRE, 'due.list', { limit: 50 })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const items = res.data.items as Array<{ householdId: string; dueNow: boolean; overdue: string[]; groupId: string }>
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((i) => i.householdId.startsWith('h-shizi-') && (i.dueNow || i.overdue.length > 0))).toBe(true)
    expect(res.data.groups.map((g: { id: string }) => g.id)).toEqual(['v-shizi-g1', 'v-shizi-g2', 'v-shizi-g3', 'v-shizi-g4', 'v-shizi-g5'])
    expect(res.data.groups.reduce((a: number, g: { households: number }) => a + g.households, 0)).toBe(t.find('households', { villageId: 'v-shizi', archived: false }).length)
  })

  it('filters by group and by due or overdue, and pages', async () => {
    const overdue = await call(CADRE, 'due.list', { status: 'overdue', groupId: 'v-shizi-g2', limit: 50 })
    expect(overdue.data.items.every((i: { groupId: string; overdue: string[] }) => i.groupId === 'v-shizi-g2' && i.overdue.length > 0)).toBe(true)
    const page = await call(CADRE, 'due.list', { limit: 2, offset: 1 })
    const all = await call(CADRE, 'due.list', { limit: 50 })
    expect(page.data.items).toEqual(all.data.items.slice(1, 3))
    expect(page.data.total).toBe(all.data.total)
  })

  it('drops a household from "due" once it books this period', async () => {
    // Household 001 is seeded with nothing in the current period.
    const before = (await call(CADRE, 'due.list', { status: 'due', limit: 50 })).data.items.map((i: { householdId: string }) => i.householdId)
    expect(before).toContain('h-shizi-001')
    const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10)
    t.emu.wire.db.collection('bookings').insertOne({ _id: 'h-shizi-001-m1#now', householdId: 'h-shizi-001', villageId: 'v-shizi', memberId: 'h-shizi-001-m1', day: today, status: 'booked' })
    const after = (await call(CADRE, 'due.list', { status: 'due', limit: 50 })).data.items.map((i: { householdId: string }) => i.householdId)
    expect(after).not.toContain('h-shizi-001')
  })

  it('refuses residents and the township (it is the village\'s list), and bad input', async () => {
    expect((await call(HEAD, 'due.list', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(TOWN, 'due.list', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(CADRE, 'due.list', { status: 'late' })).error?.code).toBe('INVALID_INPUT')
    expect((await call(CADRE, 'due.list', { limit: 100 })).error?.code).toBe('INVALID_INPUT')
  })

  it("never shows another village's households, even when a cadre names its group", async () => {
    const res = await call(OTHER_CADRE, 'due.list', { groupId: 'v-shizi-g1', limit: 50 })
    expect(res.data.items).toEqual([])
  })

  it('stays within four round trips and quick for a village of a 2,000-household township with a year of check-ups', async () => {
    await t.emu.reseed({ households: 2000, villages: 14 })
    const started = Date.now()
    const res = await call(CADRE, 'due.list', { limit: 50 })
    const ms = Date.now() - started
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data.groups.reduce((a: number, g: { households: number }) => a + g.households, 0)).toBe(143)
    expect(ms).toBeLessThan(5000)
  }, 30_000)
})

describe('due.export', () => {
  it('answers a temporary link to an Excel file of the whole list, in four round trips', async () => {
    const res = await call(CADRE, 'due.export', { status: 'any' })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const list = await call(CADRE, 'due.list', { limit: 50 })
    expect(res.data).toMatchObject({ rows: list.data.total, fileName: expect.stringMatching(/^十字村待检和逾期名单-\d{4}-\d\d-\d\d\.xlsx$/) })
    const file = await fetch(res.data.url)
    expect(file.status).toBe(200)
    const bytes = Buffer.from(await file.arrayBuffer())
    expect(bytes.subarray(0, 2).toString()).toBe('PK') // an xlsx is a zip
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as never)
    const sheet = book.getWorksheet('待检名单')!
    expect(sheet.getRow(2).getCell(2).value).toBe('户名')
    expect(sheet.rowCount).toBe(2 + list.data.total)
  }, 20_000) // the spreadsheet library loads on first use

  it('refuses residents and the township', async () => {
    expect((await call(HEAD, 'due.export', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(TOWN, 'due.export', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('due notices (daily timer)', () => {
  it('tells each due household with a bound member once per period, however often it runs', async () => {
    const first = await t.emu.runner.fireTimer('checkup', 'due-notice')
    expect(first.result).toMatchObject({ villages: 7 })
    const entries = t.find('audit', { action: 'checkup.due-notice' })
    const told = entries.flatMap((e) => e.outbox.map((o: { to: { householdId: string } }) => o.to.householdId))
    expect(told).toContain('h-shizi-001') // bound (o-resident-head), nothing this period
    expect(told).not.toContain('h-shizi-003') // nobody bound yet
    expect(entries[0].outbox[0]).toMatchObject({ template: 'checkup-due', title: '本期检查提醒' })
    expect(new Set(told).size).toBe(told.length)
    const before = snapshot(t.emu)
    const second = await t.emu.runner.fireTimer('checkup', 'due-notice')
    expect(second.result).toEqual({ villages: 0, notified: 0 })
    expect(snapshot(t.emu)).toBe(before)
  })

  it('cannot be started by a client pretending to be the timer', async () => {
    const res = await t.call(HEAD, 'checkup', 'x', undefined, randomUUID())
    expect(res.error?.code).toBe('UNKNOWN_ACTION')
    const fake = await t.emu.call('checkup', { Type: 'Timer', TriggerName: 'due-notice' }, HEAD)
    expect(fake.result.ok).toBe(false)
    expect(t.find('audit', { action: 'checkup.due-notice' })).toHaveLength(0)
  })
})
