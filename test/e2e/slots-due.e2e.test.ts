// Journey: a cadre opens a week of slots from a pattern and exports the overdue list.
import ExcelJS from 'exceljs'
import { useJourney } from './browser'
import { patternSlots } from '../../shared/src/domain/checkup-slots'
import { expect, expectText, fill, open, pickFromPicker, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('slots-due')

describe('a week of slots and the overdue list', () => {
  it('opens four weeks of Monday slots from a weekly pattern, the dates and times from pickers', async () => {
    const { page, emu } = j
    const before = emu.wire.db.collection('checkup_slots').count()
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/slots/index')
    await tap(page, '.btn-new-slots')
    await tap(page, '.site-option')
    await tap(page, '.kind-weekly')
    // The form opens on tomorrow to four weeks later, 09:00–11:30; the time comes from its picker.
    const from = (await visible(page, '.slot-from-input .picker-face').getAttribute('data-value'))!
    const to = (await visible(page, '.slot-to-input .picker-face').getAttribute('data-value'))!
    if (!(await visible(page, '.weekday-chip.weekday-1').getAttribute('class'))?.includes('active')) await tap(page, '.weekday-chip.weekday-1')
    await expect(pickFromPicker(page, '.time-start-input', 0, 0)).resolves.toBe('09:00')
    await fill(page, '.capacity-input', '15')
    const expected = patternSlots(from, to, [1], [{ start: '09:00', end: '11:30' }]).length
    await expectText(page, '.slot-count', `将开放 ${expected} 个时段`)
    await shot('pattern')
    await tap(page, '.btn-open-slots')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('checkup_slots').count() === before + expected, `${expected} slots`)
    await page.waitForURL(/cadre\/pages\/slots\/index/) // back on the list, the new slots under their days
    const opened = emu.wire.db.collection('checkup_slots').find({ day: { $gte: from, $lte: to }, capacity: 15 })
    expect(opened).toHaveLength(expected)
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
