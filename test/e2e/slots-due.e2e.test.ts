// Journey: a cadre opens a week of slots from a pattern and exports the overdue list.
import ExcelJS from 'exceljs'
import { useJourney } from './browser'
import { beijingDay } from './checkups-support'
import { expect, expectText, fill, open, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('slots-due')

describe('a week of slots and the overdue list', () => {
  it('opens a week of slots from a weekly pattern', async () => {
    const { page, emu } = j
    const from = beijingDay(new Date(Date.now() + 7 * 86400e3))
    const to = beijingDay(new Date(Date.now() + 13 * 86400e3))
    const before = emu.wire.db.collection('checkup_slots').count()
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/slots/index')
    await tap(page, '.btn-new-slots')
    await tap(page, '.site-option')
    await tap(page, '.kind-weekly')
    await fill(page, '.slot-from-input', from)
    await fill(page, '.slot-to-input', to)
    for (const d of [1, 2, 3, 4, 5]) {
      if (!(await visible(page, `.weekday-chip.weekday-${d}`).getAttribute('class'))?.includes('active')) await tap(page, `.weekday-chip.weekday-${d}`)
    }
    await fill(page, '.time-start-input', '09:00')
    await fill(page, '.time-end-input', '11:00')
    await fill(page, '.capacity-input', '15')
    await expectText(page, '.slot-count', '将开放 5 个时段')
    await shot('pattern')
    await tap(page, '.btn-open-slots')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('checkup_slots').count() === before + 5, 'five slots')
    await page.waitForURL(/cadre\/pages\/slots\/index/) // back on the list, the new slots under their days
    const opened = emu.wire.db.collection('checkup_slots').find({ day: { $gte: from, $lte: to }, capacity: 15 })
    expect(opened.map((s) => s.day).sort()).toHaveLength(5)
    expect(opened.every((s) => (s.villageIds as string[]).join() === 'v-shizi')).toBe(true)
  })

  it('lists overdue households and exports them to Excel', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi') // a fresh app: no page of the slot form left behind
    await open(page, emu.url, 'packages/cadre/pages/due/index')
    await tap(page, '.filter-overdue')
    await visible(page, '.due-row.overdue').first().waitFor()
    const shown = await visible(page, '.due-row.overdue').count()
    await shot('overdue')
    await tap(page, '.btn-export')
    await expectText(page, '.export-result', /已导出 \d+ 户/)
    const labels = (await visible(page, '.due-row.overdue .due-label').allTextContents()).map((t) => t.trim())
    const file = [...emu.wire.storage.files.values()].find((f) => /\.xlsx$/.test(f.key))
    expect(file).toBeTruthy()
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file!.bytes as never)
    const sheet = book.worksheets[0]
    const text = (v: unknown) => (v === null || v === undefined ? '' : String(v))
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1).map(text))
    // Row 1 is the title with the count, row 2 the headers, then one row per overdue household.
    const total = Number(/共(\d+)户/.exec(rows[0][0])?.[1])
    expect(rows[1]).toEqual(expect.arrayContaining(['村民组', '户名', '尚需', '逾期计划期']))
    const body = rows.slice(2)
    expect(body).toHaveLength(total)
    expect(total).toBeGreaterThanOrEqual(shown)
    const overdueColumn = rows[1].indexOf('逾期计划期')
    expect(body.every((r) => r[overdueColumn] !== '')).toBe(true) // the filter chose overdue households only
    const inFile = body.map((r) => `${r[0]} ${r[1]}`)
    expect(inFile).toEqual(expect.arrayContaining(labels)) // every household on screen is in the file
  })
})
