// Journey on the BUILT mini-program (client/dist) in miniprogram-simulate, its wx.cloud served
// by the emulator: the cadre of 十字村 countersigns a commitment a household signed, and
// approves a household's application for integrity management — from the lists, as on a phone.
import { randomUUID } from 'crypto'
import { useWeapp } from './support/weapp'

const w = useWeapp('o-cadre-shizi')

describe('the cadre on the weapp build', () => {
  it('finds a commitment awaiting countersignature in the list and countersigns it', async () => {
    const list = w.open('packages/cadre/pages/commitments/index')
    const before = w.log.navigations.length
    await list.tap('.commitment-row')
    const url = await w.navigatedTo(before)
    const id = decodeURIComponent(/[?&]id=([^&]+)/.exec(url)![1])
    expect(w.emu.wire.db.collection('commitments').findOne({ _id: id })).toMatchObject({ villageId: 'v-shizi', status: 'awaiting-village' })

    const page = w.open(url.replace(/^\//, ''))
    const modals = w.log.modals.length
    await page.tap('.btn-countersign')
    await page.find('.signature-village.signed')
    expect(w.log.modals[modals]?.title).toBe('村委会会签')
    expect(w.emu.wire.db.collection('commitments').findOne({ _id: id })).toMatchObject({ status: 'complete', villageSignature: { openid: 'o-cadre-shizi' } })
  })

  it("approves a household's application as 承诺诚信", async () => {
    // Set-up: the head of h-shizi-001 applies (their own journey runs in the browser suite).
    const applied = await w.emu.call('enrolment', {
      action: 'enrolment.apply', requestId: randomUUID(),
      input: { category: 'behavioural', statement: '本户遵守村规民约，自愿申请纳入诚信管理。' },
    }, 'o-resident-head')
    expect(applied.result).toMatchObject({ ok: true }) // set-up, not the journey
    const id = w.emu.wire.db.collection('enrolments').findOne({ householdId: 'h-shizi-001', status: 'pending' })!._id as string

    const list = w.open('packages/cadre/pages/enrolments/index')
    const before = w.log.navigations.length
    await list.tap('.enrolment-row', '申请')
    const url = await w.navigatedTo(before)
    expect(url).toBe(`/packages/cadre/pages/enrolment/index?id=${encodeURIComponent(id)}`)

    const page = w.open(url.replace(/^\//, ''))
    await page.tap('.category-picker .chip-committed')
    await page.find('.category-picker .chip-committed.active')
    const modals = w.log.modals.length
    await page.tap('.btn-approve')
    await w.until('the approval stored', () => w.emu.wire.db.collection('enrolments').findOne({ _id: id })?.status === 'approved')
    expect(w.log.modals.length).toBeGreaterThan(modals) // asked before approving
    expect(w.emu.wire.db.collection('enrolments').findOne({ _id: id })).toMatchObject({ status: 'approved', category: 'committed' })
    expect(w.errors).toEqual([])
  })
})
