// Journey: a finance member records a breach fee the village owes a household, a second member
// approves it, the household sees it by name and a neighbour as 某户; a wrong entry is
// reversed; the quarter's totals go on notice; the exported workbook checks out.
import ExcelJS from 'exceljs'
import { createHash } from 'crypto'
import { useJourney } from './browser'
import { expect, expectText, fill, open, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('ledger')
const HH = 'h-shizi-001'
const chain = () => j.emu.wire.db.collection('ledger_chain')
const entries = () => j.emu.wire.db.collection('ledger_entries')

async function record(amount: string, purpose: string) {
  const { page, emu } = j
  await open(page, emu.url, 'packages/panel/pages/ledger/index')
  await tap(page, '.btn-record')
  await tap(page, '.kind-chips .chip-village-fee')
  // The household comes from the picker (ledger.households), searched by its label.
  const label = emu.wire.db.collection('households').findOne({ _id: HH })!.label as string
  await fill(page, '.household-search', label)
  await tap(page, `.option-${HH}`)
  await fill(page, '.amount', amount)
  await tap(page, '.item-chips .chip-item-v2')
  await fill(page, '.purpose', purpose)
  await tap(page, '.btn-record-submit')
  await page.locator('.taro-model__confirm').click()
  await until(() => entries().find({ householdId: HH, status: 'pending', purpose }).length === 1, 'entry recorded')
  // The form goes back to the ledger by itself: a navigation of ours meanwhile would cross it.
  await page.waitForURL(/pages\/ledger\/index/)
  await visible(page, '.btn-record').waitFor()
}

async function approveAll() {
  const { page, emu } = j
  await signInAs(page, emu.url, 'o-panel-member')
  await open(page, emu.url, 'packages/panel/pages/ledger/index')
  const pending = entries().find({ householdId: HH, status: 'pending' }) as Array<{ _id: string }>
  for (const e of pending) {
    await tap(page, `.pending-${e._id.replace(/\./g, '\\.')} .btn-approve`)
    await page.locator('.taro-model__confirm').click()
    await until(() => chain().find({ entryId: e._id }).length === 1, 'entry approved into the chain')
  }
}

describe('the village ledger', () => {
  it('lets a finance member record a breach fee the village owes a household', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-finance-member')
    await record('300', '村里未按期兑现诚信示范户奖励，按承诺付违约金')
    await shot('recorded')
    // The recorder cannot approve their own entry: no button for them.
    await open(page, emu.url, 'packages/panel/pages/ledger/index')
    await visible(page, '.entry-pending').first().waitFor()
    expect(await visible(page, '.entry-pending .btn-approve').count()).toBe(0)
  })

  it('lets a second member approve it into the chain', async () => {
    await approveAll()
    expect(chain().find({ householdId: HH })[0]).toMatchObject({ signedFen: -30000, seq: 6 })
    await shot('approved')
  })

  it('shows the household its entry by name and a neighbour 某户', async () => {
    const { page, emu } = j
    const label = emu.wire.db.collection('households').findOne({ _id: HH })!.label as string
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, 'packages/resident/pages/ledger/index')
    await expectText(page, '.ledger-entry.own .ledger-household', `农户：${label}（本户）`)
    await shot('own-household')
    await signInAs(page, emu.url, 'o-resident-neighbour')
    await open(page, emu.url, 'packages/resident/pages/ledger/index')
    await visible(page, '.ledger-entry').first().waitFor()
    const first = await visible(page, '.ledger-entry').first().innerText()
    expect(first).toContain('农户：某户')
    expect(first).not.toContain(label)
    await tap(page, '.btn-verify')
    await expectText(page, '.verify-ok', /账目完整：6 笔/)
    await shot('neighbour-verified')
  })

  it('reverses a wrong entry, restoring the balance', async () => {
    const { page, emu } = j
    const before = chain().find({ villageId: 'v-shizi' }).length
    await signInAs(page, emu.url, 'o-finance-member')
    await record('50', '误记：重复登记的违约金')
    await approveAll()
    const wrong = chain().findOne({ purpose: '误记：重复登记的违约金' })!
    await signInAs(page, emu.url, 'o-finance-member')
    await open(page, emu.url, 'packages/resident/pages/ledger/index')
    await visible(page, '.ledger-entry').first().waitFor()
    await visible(page, '.ledger-entry').first().locator('.btn-reverse').click()
    await fill(page, '.reversal-reason', '重复登记，冲正')
    await tap(page, '.btn-record-reversal')
    await page.locator('.taro-model__confirm').click()
    await until(() => entries().find({ reversesEntryId: wrong.entryId }).length === 1, 'reversal recorded')
    await approveAll()
    const links = chain().find({ villageId: 'v-shizi' }).sort((a: any, b: any) => a.seq - b.seq) as any[]
    expect(links).toHaveLength(before + 2)
    expect(links[links.length - 1].balanceFen).toBe(links[links.length - 3].balanceFen)
    await signInAs(page, emu.url, 'o-resident-neighbour')
    await open(page, emu.url, 'packages/resident/pages/ledger/index')
    await expectText(page, '.ledger-entry .ledger-kind', /冲正/)
    await shot('reversed')
  })

  it("puts the quarter's totals on notice and tells the households", async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-panel-member')
    await open(page, emu.url, 'packages/panel/pages/ledger/index')
    // The quarter just ended is chosen first; the current one is the first chip.
    await tap(page, '.quarter-chips .chip')
    await tap(page, '.btn-publish')
    await page.locator('.taro-model__confirm').click()
    await expectText(page, '.publish-done', /已公示/)
    await shot('published')
    await emu.runner.fireTimer('notify', 'relay')
    expect(emu.wire.db.collection('inbox').find({ openid: 'o-resident-neighbour', template: 'ledger-published' })).toHaveLength(1)
  })

  it('exports a workbook whose rows recompute to the chain', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-neighbour')
    await open(page, emu.url, 'packages/resident/pages/ledger/index')
    await tap(page, '.btn-export')
    await expectText(page, '.ledger-export', /已导出 8 笔/)
    const file = [...emu.wire.storage.files.values()].find((f) => /账目公开.*\.xlsx$/.test(f.key))!
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file.bytes as never)
    const sheet = book.getWorksheet('账目')!
    const headers = (sheet.getRow(2).values as string[]).slice(1)
    const cell = (r: number, name: string) => String(sheet.getRow(r).getCell(headers.indexOf(name) + 1).value ?? '')
    expect(sheet.rowCount).toBe(2 + 8)
    let prev = '0'.repeat(64)
    for (let r = 3; r <= sheet.rowCount; r++) {
      expect(['', '某户']).toContain(cell(r, '农户'))
      const content = createHash('sha256').update(cell(r, 'canonical')).digest('hex')
      expect(createHash('sha256').update(prev + content).digest('hex')).toBe(cell(r, 'hash'))
      prev = cell(r, 'hash')
    }
    expect(cell(8, '类别')).toBe('村违约金（村付户）')
    expect(cell(10, '类别')).toBe('冲正')
  })
})
