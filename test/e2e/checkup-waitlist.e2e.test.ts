// Journey: a resident cancels, and the waitlisted resident is offered the place and accepts.
import { randomUUID } from 'crypto'
import { useJourney } from './browser'
import { insertSlot } from './checkups-support'
import { expect, open, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('checkup-waitlist')
const SLOT = 'e2e-slot-one-place'

describe('a freed place goes to the waitlist', () => {
  it('puts a second household on the waitlist of a full slot', async () => {
    const { page, emu } = j
    insertSlot(emu, SLOT, new Date(Date.now() + 3 * 86400e3), 1)
    const first = await emu.call('booking', { action: 'booking.create', input: { slotId: SLOT, memberId: 'h-shizi-001-m1' }, requestId: randomUUID() }, 'o-resident-head')
    expect(first.result.ok).toBe(true)
    await signInAs(page, emu.url, 'o-panel-member')
    await open(page, emu.url, 'packages/resident/pages/slots/index')
    await visible(page, `.slot-row[data-id="${SLOT}"]`).click()
    await tap(page, '.btn-join-waitlist')
    await page.locator('.taro-model__confirm').click()
    await visible(page, '.waitlist-joined').waitFor()
    await shot('waitlisted')
    expect(emu.wire.db.collection('waitlist').findOne({ slotId: SLOT })).toMatchObject({ status: 'waiting', householdId: 'h-shizi-002' })
  })

  it('lets the first resident cancel', async () => {
    const { page, emu } = j
    const booking = emu.wire.db.collection('bookings').findOne({ slotId: SLOT })!
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, `packages/resident/pages/booking/index?id=${encodeURIComponent(booking._id)}`)
    await tap(page, '.btn-cancel-booking')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('bookings').findOne({ _id: booking._id })?.status === 'cancelled', 'cancelled')
    await shot('cancelled')
  })

  it('offers the freed place to the waiting household, which accepts it', async () => {
    const { page, emu } = j
    expect((await emu.runner.fireTimer('booking', 'tick')).error).toBeUndefined()
    await until(() => emu.wire.db.collection('waitlist').findOne({ slotId: SLOT })?.status === 'offered', 'offered')
    await signInAs(page, emu.url, 'o-panel-member')
    await open(page, emu.url, 'packages/resident/pages/bookings/index')
    await visible(page, '.waitlist-row.waitlist-offered').waitFor()
    await shot('offered')
    await tap(page, '.btn-accept-offer')
    await until(() => emu.wire.db.collection('waitlist').findOne({ slotId: SLOT })?.status === 'accepted', 'accepted')
    const slot = emu.wire.db.collection('checkup_slots').findOne({ _id: SLOT })!
    expect(slot.taken).toBe(1)
    expect(emu.wire.db.collection('bookings').count({ slotId: SLOT, status: 'booked' })).toBe(1)
    expect(emu.wire.db.collection('bookings').findOne({ slotId: SLOT, status: 'booked' })?.householdId).toBe('h-shizi-002')
  })
})
