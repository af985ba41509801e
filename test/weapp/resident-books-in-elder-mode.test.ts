// Journey on the BUILT mini-program (client/dist) in miniprogram-simulate, its wx.cloud served
// by the emulator: a resident turns elder mode on in 我的, then books a check-up slot for a
// member of the household and sees the booking's check-in code — every page in elder mode.
import { useWeapp } from './support/weapp'

const w = useWeapp('o-resident-head')
const root = (page: { all(s: string): Element[] }) => page.all('.page')[0]

describe('a resident on the weapp build, in elder mode', () => {
  it('turns elder mode on in 我的, and keeps the choice', async () => {
    const mine = w.open('pages/mine/index')
    await mine.find('.elder-switch.off')
    expect(mine.has(root(mine), 'elder')).toBe(false)
    await mine.tap('.elder-row')
    await mine.find('.elder-switch.on')
    expect(mine.has(root(mine), 'elder')).toBe(true)
    expect(w.storage()('chengxin.elderMode')).toBe(true)
  })

  it('books an open slot for a household member and shows its check-in code', async () => {
    const slots = w.open('packages/resident/pages/slots/index')
    await slots.find('.slot-row', /剩 \d+ 个/)
    expect(slots.has(root(slots), 'elder')).toBe(true)
    await slots.tap('.slot-row', /剩 \d+ 个/)
    await slots.find('.member-option')
    const member = slots.all('.member-option').find((e) => !slots.has(e, 'is-disabled'))
    expect(member).toBeTruthy()
    await slots.tap(member!)
    await slots.find('.member-option.selected')
    const before = w.log.navigations.length
    const modals = w.log.modals.length
    await slots.tap('.btn-confirm-book')
    const url = await w.navigatedTo(before)
    expect(w.log.modals[modals]?.title).toBe('确认预约')
    const id = decodeURIComponent(/[?&]id=([^&]+)/.exec(url)![1])
    const stored = w.emu.wire.db.collection('bookings').findOne({ _id: id })!
    expect(stored).toMatchObject({ householdId: 'h-shizi-001', status: 'booked', code: expect.stringMatching(/^[2-9A-Z]{8}$/) })

    const booking = w.open(url.replace(/^\//, ''))
    await booking.find('.booking-code', stored.code as string)
    expect(booking.has(root(booking), 'elder')).toBe(true)
    expect(w.errors).toEqual([])
  })
})
