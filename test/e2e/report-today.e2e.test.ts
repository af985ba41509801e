// Journey (issue 11): a cadre's 首页 is today's work. The counts match the village's records,
// each opens the list behind it, and countersigning one commitment makes its count go down.
import { useJourney } from './browser'
import { confirmModal, expect, expectText, signInAs, textOf, until, visible } from './steps'

const { j, shot } = useJourney('report-today')
const awaitingVillage = () => j.emu.wire.db.collection('commitments').count({ villageId: 'v-shizi', status: 'awaiting-village' })
/** 首页 afresh (a full load: going back to a tab page by its hash leaves Taro's H5 stack behind). */
async function home(role = 'cadre') {
  await j.page.goto(`${j.emu.url}/?home=${Date.now()}#/pages/index/index`)
  await visible(j.page, `.work-section.work-${role} .work-item`).first().waitFor()
}
const countOf = async (key: string) => Number((await textOf(j.page, `.work-${key} .work-count`)).replace(/\D/g, ''))

describe("a cadre's 首页 is today's work", () => {
  it('shows the counts of what waits, as the records have them', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await visible(page, '.work-section.work-cadre').waitFor()
    await shot('home-counts')
    expect(await countOf('countersign')).toBe(awaitingVillage())
    expect(await countOf('enrolments')).toBe(emu.wire.db.collection('enrolments').count({ villageId: 'v-shizi', status: 'pending' }))
    expect(await countOf('proofs')).toBe(emu.wire.db.collection('proofs').count({ villageId: 'v-shizi', status: 'pending' }))
  })

  it('opens the list behind each count', async () => {
    const { page } = j
    await home()
    const keys = await visible(page, '.work-section.work-cadre .work-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!))
    expect(keys.length).toBeGreaterThan(3)
    for (const key of keys) {
      await home()
      await visible(page, `.work-cadre .work-${key}`).click()
      await page.waitForURL(/#\/packages\//)
      await textOf(page, '.page') // and the page's accessibility and elder-mode checks
      // The list page answered (its rows, its empty state or its content), not an error.
      await page.locator('.page:visible .state-loading').waitFor({ state: 'detached' }).catch(() => undefined)
      expect(await visible(page, '.state-error').count()).toBe(0)
    }
  })

  it('countersigns one commitment from the count, and the count goes down', async () => {
    const { page, emu } = j
    const before = awaitingVillage()
    expect(before).toBeGreaterThan(0)
    await home()
    await visible(page, '.work-cadre .work-countersign').click()
    await visible(page, '.filter-awaiting-village.active').waitFor()
    const row = visible(page, '.commitment-row').first()
    const id = (await row.getAttribute('data-id'))!
    await row.click()
    await visible(page, '.btn-countersign').click()
    await confirmModal(page, '确认会签')
    await until(() => emu.wire.db.collection('commitments').findOne({ _id: id })?.status === 'complete', 'countersigned')
    await home()
    await expectText(page, '.work-cadre .work-countersign .work-count', new RegExp(`^${before - 1} ›$`))
    await shot('count-down')
  })

  it("gives a finance member the entries to approve, and approving one takes it off", async () => {
    const { page, emu } = j
    const pending = emu.wire.db.collection('ledger_entries').find({ villageId: 'v-shizi', status: 'pending' }) as any[]
    const mine = pending.filter((e) => e.recordedBy?.openid !== 'o-panel-member')
    await signInAs(page, emu.url, 'o-panel-member')
    await home('panel')
    expect(await countOf('ledger-pending')).toBe(mine.length)
    expect(mine.length).toBeGreaterThan(0)
    await visible(page, '.work-panel .work-ledger-pending').click()
    await visible(page, `.pending-${mine[0]._id.replace(/\./g, '\\.')} .btn-approve`).click()
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('ledger_entries').findOne({ _id: mine[0]._id })?.status === 'approved', 'entry approved')
    await home('panel')
    await expectText(page, '.work-panel .work-ledger-pending .work-count', new RegExp(`^${mine.length - 1} ›$`))
    await shot('panel-count-down')
  })
})
