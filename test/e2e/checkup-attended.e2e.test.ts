// Journey: a resident books a check-up, gets a reminder, and is marked attended.
import { useJourney } from './browser'
import { insertSlot, soon } from './checkups-support'
import { expect, expectText, fill, open, signInAs, tap, textOf, until, visible } from './steps'

const { j, shot } = useJourney('checkup-attended')
const SLOT = 'e2e-slot-soon'
let code = ''

describe('book, be reminded, be marked attended', () => {
  it('lets a resident see the plan and book a slot for a household member', async () => {
    const { page, emu } = j
    insertSlot(emu, SLOT, soon(), 10)
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, 'pages/booking/index')
    await expectText(page, '.plan-sentence', /计划检查 \d+ 次/)
    await shot('plan')
    await tap(page, '.btn-book')
    await visible(page, `.slot-row[data-id="${SLOT}"]`).click()
    await tap(page, '.member-option[data-id="h-shizi-001-m2"]')
    await tap(page, '.btn-confirm-book')
    await page.locator('.taro-model__confirm').click()
    await visible(page, '.booking-qr').waitFor()
    code = (await textOf(page, '.booking-code')).replace(/\s/g, '')
    await shot('booked')
    const booking = emu.wire.db.collection('bookings').findOne({ slotId: SLOT })
    expect(booking).toMatchObject({ memberId: 'h-shizi-001-m2', status: 'booked', code })
    expect(emu.wire.db.collection('checkup_slots').findOne({ _id: SLOT })?.taken).toBe(1)
  })

  it('reminds the household before the slot, in the inbox', async () => {
    const { page, emu } = j
    expect((await emu.runner.fireTimer('booking', 'tick')).error).toBeUndefined()
    await until(() => !!emu.wire.db.collection('bookings').findOne({ slotId: SLOT })?.remindedAt, 'reminder recorded')
    expect((await emu.runner.fireTimer('notify', 'relay')).error).toBeUndefined()
    await open(page, emu.url, 'packages/resident/pages/inbox/index')
    await expectText(page, '.inbox-item.unread', '检查')
    await shot('reminder')
    expect(emu.wire.db.collection('inbox').count({ openid: 'o-resident-head', template: 'booking-reminder' })).toBe(1)
  })

  it('lets the cadre check the member in by the booking code; only attendance is stored', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, `packages/cadre/pages/slot/index?id=${SLOT}`)
    await expectText(page, '.attendance-note', '不记录任何检查内容或结果')
    await fill(page, '.checkin-code-input', code.toLowerCase())
    await tap(page, '.btn-checkin-code')
    await expectText(page, '.checkin-result', '已登记到场')
    await shot('checked-in')
    const booking = emu.wire.db.collection('bookings').findOne({ slotId: SLOT })!
    expect(booking.status).toBe('attended')
    expect(Object.keys(booking).filter((k) => /result|finding|diagnos/i.test(k))).toEqual([])
  })
})
