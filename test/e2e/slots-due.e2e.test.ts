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
    const href = await visible(page, '.export-link').getAttribute('href').catch(() => null)
    const file = [...emu.wire.storage.files.values()].find((f) => /\.xlsx$/.test(f.key))
    expect(file).toBeTruthy()
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file!.bytes as never)
    const rows = book.worksheets[0].rowCount
    expect(rows).toBeGreaterThanOrEqual(shown) // header + every overdue household
    void href
  })
})
