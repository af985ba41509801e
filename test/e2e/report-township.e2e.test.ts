// Journey (issue 11): the township drills from a township figure to a village, a villager group
// and the households behind the number; scores a village on the six goods and the cadre sees
// it; exports the dashboard's tables and the workbook agrees with the screen; the cadre draws
// the village's A4 notice sheet.
import ExcelJS from 'exceljs'
import { useJourney } from './browser'
import { confirmModal, expect, expectText, fill, open, signInAs, tap, textOf, until, visible } from './steps'

const { j, shot } = useJourney('report-township')
const db = () => j.emu.wire.db
const number = (s: string) => Number(s.replace(/[^\d]/g, ''))
let assessmentsLeft = 0
/** The township's 首页 afresh (a full load) and its count of villages still to assess this quarter. */
async function assessmentCount(): Promise<string> {
  await j.page.goto(`${j.emu.url}/?home=${Date.now()}#/pages/index/index`)
  return textOf(j.page, '.work-township .work-assessment .work-count')
}

describe('the township drills down, assesses a village and exports', () => {
  it('drills from a township figure to the households behind a group\'s number', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-township-officer')
    assessmentsLeft = number(await assessmentCount())
    await open(page, emu.url, 'packages/township/pages/index/index')
    await tap(page, '.btn-open-dashboard')
    await visible(page, '.village-row').first().waitFor()
    // Roster order, never sorted by the figure.
    const ids = await visible(page, '.village-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    expect(ids).toHaveLength(db().collection('villages').count({ townshipId: 't-shizi' }))
    await tap(page, '.line-signing-unsigned')
    await expectText(page, '.village-breakdown', '各村 · 应签未签')
    await shot('township-unsigned')
    await tap(page, '.village-row[data-id="v-shizi"]')
    await expectText(page, '.group-breakdown', '各村民组 · 应签未签')
    await shot('village-groups')
    const group = visible(page, '.group-row.card-tap').first()
    const groupId = (await group.getAttribute('data-id'))!
    const shown = number(await group.locator('.figure-value').innerText())
    await group.click()
    await expectText(page, '.households-total', `共 ${shown} 户`)
    await shot('households')
    // The number is the records': households of the group whose head has not signed the current version.
    const households = db().collection('households').find({ villageId: 'v-shizi', groupId, archived: false }) as any[]
    const signed = new Set((db().collection('commitments').find({ villageId: 'v-shizi', status: { $in: ['awaiting-village', 'complete'] } }) as any[]).map((c) => c.householdId as string))
    expect(shown).toBe(households.filter((h) => !signed.has(h._id)).length)
    expect(await visible(page, '.household-row').count()).toBe(Math.min(shown, 20))
  })

  it('scores 十字村 on the six goods and submits after confirming', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'packages/report/pages/assessment/index')
    await visible(page, '.assessment-card, .btn-open-quarter').first().waitFor()
    const opener = visible(page, '.btn-open-quarter').first()
    if (await opener.count()) {
      await opener.click()
      await confirmModal(page, '确认开启')
    }
    const card = visible(page, '.assessment-card.assessment-open[data-id^="v-shizi:"], .assessment-card.assessment-draft[data-id^="v-shizi:"]').first()
    await card.waitFor()
    const id = (await card.getAttribute('data-id'))!
    await card.click()
    await visible(page, '.good-block').first().waitFor()
    await expectText(page, '.good-organisation .good-fact', '签约率') // the dashboard's facts beside the heading
    await shot('score-sheet')
    for (const [n, key] of ['organisation', 'rules', 'openness', 'service', 'family', 'civility'].entries()) {
      await tap(page, `.good-${key} .score-${5 + n}`)
    }
    await fill(page, '.comment-openness', '账目按季度公开，公开栏及时更新')
    await tap(page, '.btn-submit-assessment')
    await confirmModal(page, '确认提交')
    await visible(page, '.assessment-card.assessment-submitted').waitFor()
    await shot('submitted')
    await until(() => db().collection('assessments').findOne({ _id: id })?.status === 'submitted', 'assessment submitted')
    // The township's 首页 counts one village fewer to assess.
    expect(number(await assessmentCount())).toBe(assessmentsLeft - 1)
  })

  it('shows the cadre the submitted result and comment', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/report/pages/assessment/index')
    await expectText(page, '.assessment-card .good-openness .good-comment', '账目按季度公开，公开栏及时更新')
    await expectText(page, '.assessment-card .good-civility .good-score', '10 分')
    await expectText(page, '.assessment-card .assessment-total', '六项合计 45 分')
    await shot('cadre-result')
  })

  it('exports the village dashboard and the workbook has the screen\'s numbers', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'packages/report/pages/village/index')
    await visible(page, '.group-row').first().waitFor()
    const onScreen = () => visible(page, '.group-row').evaluateAll((els) => els.map((e) => [
      e.querySelector('.figure-name')!.textContent!.trim(), e.querySelector('.figure-value')!.textContent!.replace('›', '').trim(),
    ] as [string, string]))
    const rates = await onScreen()
    await tap(page, '.line-signing-due')
    await expectText(page, '.group-breakdown', '各村民组 · 应签')
    const due = await onScreen()
    const before = new Set(emu.wire.storage.files.keys())
    await tap(page, '.btn-export-report')
    await expectText(page, '.report-export .export-summary', '承诺书签约')
    await shot('exported')
    const file = [...emu.wire.storage.files.entries()].find(([k, f]) => !before.has(k) && /\.xlsx$/.test(f.key))![1]
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file.bytes as never)
    const sheet = book.getWorksheet('承诺书签约')!
    expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/^生成时间：/)
    const headers = (sheet.getRow(3).values as unknown[]).slice(1).map(String)
    const rowOf = (name: string) => Array.from({ length: sheet.rowCount }, (_, n) => sheet.getRow(n + 1)).find((r) => String(r.getCell(1).value) === name)!
    const cell = (name: string, header: string) => String(rowOf(name).getCell(headers.indexOf(header) + 1).value)
    expect(rates.length).toBeGreaterThan(0)
    for (const [name, rate] of rates) expect(cell(name, '签约率')).toBe(rate)
    for (const [name, households] of due) expect(`${cell(name, '应签（户）')} 户`).toBe(households)
  })

  it('shows the village\'s last quarters as bar charts with their numbers', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'packages/report/pages/trend/index')
    await expectText(page, '.trend-title', '十字村')
    const bars = visible(page, '.trend-signing-rate .bar-row')
    expect(await bars.count()).toBeGreaterThan(1)
    expect(await bars.count()).toBeLessThanOrEqual(8)
    // Every bar writes its figure out; the current quarter is marked and live.
    await expectText(page, '.trend-signing-rate .bar-row:last-child .bar-label', '（本季）')
    const due = db().collection('households').count({ villageId: 'v-shizi', archived: false })
    const signed = db().collection('commitments').count({ villageId: 'v-shizi', status: { $in: ['awaiting-village', 'complete'] } })
    expect(await textOf(page, '.trend-signing-rate .bar-row:last-child .bar-value')).toBe(`${Math.round((signed / due) * 1000) / 10}%`)
    await shot('trend')
  })

  it('draws the village\'s A4 notice sheet with its facts', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'packages/report/pages/notice/index')
    await visible(page, '.notice-ready, .notice-failed, .state-error').first().waitFor()
    await shot('notice')
    expect(await visible(page, '.notice-failed, .state-error').count()).toBe(0)
    const due = db().collection('households').count({ villageId: 'v-shizi', archived: false })
    await expectText(page, '.notice-facts', `应签 ${due} 户`)
    // The canvas holds a drawing, not a blank sheet: the red title band and text.
    const inked = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[canvas-id="notice-sheet"]')!
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, Math.min(c.height, 300)).data
      let n = 0
      for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200) n++
      return { w: c.width, h: c.height, n }
    })
    expect(inked).toMatchObject({ w: 1190, h: 1684 })
    expect(inked.n).toBeGreaterThan(1000)
    expect(await textOf(page, '.notice-ready')).toContain('已生成 A4 张贴页')
  })
})
