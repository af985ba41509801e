// Journey: what a new user tripped on (issue 13, "Users" 1–9), each shown fixed in the H5 app.
import ExcelJS from 'exceljs'
import { useJourney } from './browser'
import { beijingDay } from './checkups-support'
import { expect, expectText, open, pickFromPicker, signInAs, tap, textOf, until, visible } from './steps'

const { j, shot } = useJourney('new-user')
const ON_NOTICE = 'v-shizi:village-rules:v2'
const documentRoute = (who: 'resident' | 'cadre') => `packages/${who}/pages/document/index?id=${encodeURIComponent(ON_NOTICE)}`

/** The last day of a notice, inclusive, in Beijing: the day before the midnight it ends at. */
const lastNoticeDay = (endsAt: Date) => beijingDay(new Date(endsAt.getTime() - 1))

describe('a new user meets plain words, honest counts and nothing that refuses them', () => {
  it('1 opens the demo sign-in page on a first visit without an identity, not a service error', async () => {
    const { page, emu } = j
    await page.goto(`${emu.url}/`)
    await page.waitForURL(/pages\/dev-signin\/index/)
    // The privacy sheet may be up (first use): the list is there beneath it all the same.
    await page.locator('.identity-item').first().waitFor({ state: 'attached' })
    await expect(page.locator('body').innerText()).resolves.not.toContain('服务暂时不可用')
    await shot('first-visit')
  })

  it('5 offers 重试 only for errors a retry can fix: a refusal stays a refusal', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-baizi')
    await open(page, emu.url, 'packages/cadre/pages/household/index?id=h-shizi-001')
    await expectText(page, '.state-error', '不能查看或办理其他村的事务')
    await expect(visible(page, '.btn-retry').count()).resolves.toBe(0)
    await shot('refusal-without-retry')
  })

  it('6 says what a count counts: the filter’s households, or the whole village', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/commitments/index')
    const waiting = emu.wire.db.collection('commitments').count({ villageId: 'v-shizi', status: 'awaiting-village' })
    await expectText(page, '.commitments-total', `待会签的 ${waiting} 户`)
    await tap(page, '.filter-all')
    await expectText(page, '.commitments-total', /全村共 \d+ 户/)
    await shot('counts')
  })

  it('2 names plan periods in words in the 待检和逾期 list and its Excel file', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'packages/cadre/pages/due/index')
    await tap(page, '.filter-overdue')
    await visible(page, '.due-row.overdue').first().waitFor()
    const overdue = await textOf(page, '.due-overdue')
    expect(overdue).toMatch(/^逾期 (第\d季度|上半年|下半年|全年|第\d+期（[^）]+）)(、(第\d季度|上半年|下半年|第\d+期（[^）]+）))*$/)
    expect(overdue).not.toMatch(/\d{4}P\d/)
    await expectText(page, '.due-total', /全村逾期未检的 \d+ 户/)
    await shot('overdue-periods')
    await tap(page, '.btn-export')
    await expectText(page, '.export-result', /已导出 \d+ 户/)
    const file = [...emu.wire.storage.files.values()].find((f) => /\.xlsx$/.test(f.key))!
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file.bytes as never)
    const sheet = book.worksheets[0]
    const column = (sheet.getRow(2).values as unknown[]).indexOf('逾期计划期')
    const periods = sheet.getColumn(column).values.slice(3).map(String).filter((v) => v && v !== 'undefined')
    expect(periods.length).toBeGreaterThan(0)
    for (const p of periods) expect(p).toMatch(/^((第\d季度|上半年|下半年|第\d+期)（[^）]+）|全年)(、.+)?$/)
  })

  it('4 gives a notice one last day, in the same words, to residents and the cadre', async () => {
    const { page, emu } = j
    const notice = emu.wire.db.collection('village_documents').findOne({ _id: ON_NOTICE })!.notice as { endsAt: Date }
    const line = `公示至 ${lastNoticeDay(new Date(notice.endsAt))}`
    await open(page, emu.url, documentRoute('cadre'))
    await expectText(page, '.document-notice', line)
    await expect(textOf(page, '.document-notice')).resolves.not.toMatch(/\d{2}:\d{2}/)
    await shot('cadre-notice')
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, documentRoute('resident'))
    await expectText(page, '.notice-line', line)
    await shot('resident-notice')
  })

  it('3 compares an amendment clause by clause, numbers aside, and counts only real changes', async () => {
    const { page } = j
    // Still on the resident's page of 十字村's 村规民约 v2: two clauses reworded, one added,
    // two only renumbered (第八条 → 第九条, 第九条 → 第十条).
    await expectText(page, '.diff-summary', '与第1版相比：改动 2 条，新增 1 条')
    await expectText(page, '.diff-renumbered', '有 2 条只调整了条文序号')
    await expect(visible(page, '.diff-removed').count()).resolves.toBe(0)
    await expect(visible(page, '.diff-changed').count()).resolves.toBe(2)
    await expectText(page, '.diff-added', '第八条 村里每季度公开违约金和奖励资金收支')
    await shot('clause-diff')
  })

  it('7 does not offer an upload while a proof is pending, and says why', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-migrant')
    await open(page, emu.url, 'pages/booking/index')
    await expectText(page, '.proofs-wait', '正在等村里审核')
    await expect(visible(page, '.btn-proofs').count()).resolves.toBe(0)
    await shot('proof-pending')
  })

  it('9 shows the whole proof photo, uncropped', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'packages/resident/pages/proofs/index')
    const img = visible(page, '.proof-photo img').first()
    await img.waitFor()
    await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle())
    const fit = await img.evaluate((el) => {
      const i = el as HTMLImageElement
      const box = i.getBoundingClientRect()
      const frame = (i.parentElement as HTMLElement).getBoundingClientRect()
      return { natural: i.naturalWidth / i.naturalHeight, shown: box.width / box.height, inside: box.height <= frame.height + 1 && box.width <= frame.width + 1 }
    })
    expect(Math.abs(fit.shown - fit.natural) / fit.natural).toBeLessThan(0.02)
    expect(fit.inside).toBe(true)
    await shot('proof-photo')
  })

  it('9 says where the 1221 households of 节约测算 come from', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-township-officer')
    await open(page, emu.url, 'packages/township/pages/savings/index')
    await expectText(page, '.households-source', '17,090 户 ÷ 14 个村')
    await shot('savings-source')
  })

  it('8 takes the slot’s day and time from pickers, and opens that slot', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/slot-open/index')
    await tap(page, '.site-option')
    await tap(page, '.kind-single')
    // Both from Taro's pickers, nothing typed: the day as it opens (tomorrow), the start time's
    // hour wheel turned one row on, from 09:00 to 10:00.
    const day = await pickFromPicker(page, '.slot-day-input', 2, 0)
    expect(day).toBe(beijingDay(new Date(Date.now() + 86400e3)))
    const start = await pickFromPicker(page, '.time-start-input', 0, 1)
    expect(start).toBe('10:00')
    await expectText(page, '.slot-count', '将开放 1 个时段')
    await shot('pickers')
    await tap(page, '.btn-open-slots')
    await page.locator('.taro-model__confirm').click()
    // The seed may hold other slots that day: the new one is the 10:00 (02:00 UTC) one.
    const ten = () => emu.wire.db.collection('checkup_slots').find({ day, villageIds: ['v-shizi'] })
      .filter((s) => new Date(s.startsAt as Date).getUTCHours() === 2 && beijingDay(new Date(s.startsAt as Date)) === day)
    await until(() => ten().length > 0, 'the slot on the picked day at the picked time')
    // The form goes back after its toast: let that navigation end before the next step's.
    await page.waitForURL((u) => !u.hash.includes('slot-open')).catch(() => undefined)
  })

  it('turns elder mode on from 首页, and the tab bar grows with the page', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-head')
    await tap(page, '.home-elder')
    await visible(page, '.page.elder').first().waitFor()
    const label = await page.locator('.weui-tabbar__label').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    expect(label).toBeGreaterThanOrEqual(24)
    await shot('elder-home')
    await tap(page, '.home-elder') // and off again, for the pages after
    await page.locator('.page.elder').first().waitFor({ state: 'detached' }).catch(() => undefined)
  })
})
