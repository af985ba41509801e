import { fireEvent, render, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend } from '../../../test-mocks/fake-backend'
import { installCheckup, installDevices, makeBooking, makeSlot, NOW, type CheckupState } from '../../../test-mocks/fake-checkup'
import { resetSession } from '../../stores/session'
import { resetSubscriptions } from '../../services/subscribe'
import SlotsPage, { FULL_NOW } from './pages/slots/index'
import BookingPage from './pages/booking/index'
import BookingsPage from './pages/bookings/index'

// Only Date is faked: promises and the retry timers run as usual.
beforeAll(() => jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask'] }))
afterAll(() => jest.useRealTimers())
beforeEach(() => {
  taroMock.reset()
  resetSession()
  resetSubscriptions()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const tap = (sel: string) => fireEvent.click(q(sel)!)
const setup = () => {
  const be = installFakeBackend()
  return { be, s: installCheckup(be), devices: installDevices() }
}
const calls = (be: ReturnType<typeof installFakeBackend>, action: string) => be.requests.filter((r) => r.action === action)

describe('booking a check-up', () => {
  it('lists open slots by day in Beijing time with places left', async () => {
    setup()
    render(<SlotsPage />)
    await waitFor(() => expect(all('.slot-row')).toHaveLength(4))
    expect(all('.slot-day-title').map((d) => d.textContent)).toEqual(['11月12日 周四', '11月20日 周五', '1月8日 周五'])
    const first = q('.slot-row[data-id="s1"]')!
    expect(first.textContent).toContain('09:00—10:00')
    expect(first.textContent).toContain('十字镇卫生院')
    expect(first.querySelector('.places-left')!.textContent).toBe('剩 7 个')
    expect(q('.slot-row[data-id="s2"] .places-left')!.textContent).toBe('已约满')
  })

  it('opens the site on the map', async () => {
    const { devices } = setup()
    render(<SlotsPage />)
    await waitFor(() => expect(q('.btn-map')).not.toBeNull())
    tap('.btn-map')
    await waitFor(() => expect(devices.locations).toHaveLength(1))
    expect(devices.locations[0]).toMatchObject({ latitude: 30.1, longitude: 114.2, name: '十字镇卫生院' })
  })

  it('books a slot for the chosen member after confirming, asks for the reminders, and opens the booking with its QR code', async () => {
    const { be, s } = setup()
    taroMock.subscribe = (ids) => Object.fromEntries(ids.map((id) => [id, 'accept']))
    render(<SlotsPage />)
    await waitFor(() => expect(q('.slot-row[data-id="s1"]')).not.toBeNull())
    tap('.slot-row[data-id="s1"]')
    // Herself first, then the rest of the household in roster order.
    expect(all('.member-option').map((m) => m.getAttribute('data-id'))).toEqual(['m1', 'm2', 'm3'])
    expect(q('.member-option.selected')!.getAttribute('data-id')).toBe('m1')
    tap('.member-option[data-id="m2"]')
    tap('.btn-confirm-book')
    await waitFor(() => expect(taroMock.navigations).toHaveLength(1))
    expect(taroMock.modals[0].content).toBe('为王小芳预约 11月12日 周四 09:00，十字镇卫生院？')
    expect(s.grants.map((g) => g.template)).toEqual(['booking-confirmed', 'booking-reminder'])
    expect(calls(be, 'booking.create')[0].input).toEqual({ slotId: 's1', memberId: 'm2' })
    expect(s.slots[0].taken).toBe(4)
    expect(taroMock.navigations[0]).toBe('/packages/resident/pages/booking/index?id=m2%232026P4')

    // The detail page the redirect opens.
    taroMock.routerParams = { id: 'm2%232026P4' }
    document.body.innerHTML = ''
    render(<BookingPage />)
    await waitFor(() => expect(q('.booking-qr')).not.toBeNull())
    expect(q('.booking-status')!.textContent).toBe('已预约')
    expect(q('.booking-qr')!.getAttribute('src')).toMatch(/^data:image\/gif;base64,/)
    expect(q('.booking-qr')!.getAttribute('data-text')).toBe(s.bookings[0].code)
    expect(q('.booking-code')!.textContent).toBe(s.bookings[0].code)
  })

  it('changes nothing when the confirmation is cancelled', async () => {
    const { be } = setup()
    taroMock.modalConfirm = false
    render(<SlotsPage />)
    await waitFor(() => expect(q('.slot-row[data-id="s1"]')).not.toBeNull())
    tap('.slot-row[data-id="s1"]')
    tap('.btn-confirm-book')
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(calls(be, 'booking.create')).toHaveLength(0)
  })

  it('does not offer a member who already holds a booking in that plan period', async () => {
    const { s } = setup()
    s.bookings.push(makeBooking(s.slots[2], s.members[0]))
    render(<SlotsPage />)
    await waitFor(() => expect(q('.slot-row[data-id="s1"]')).not.toBeNull())
    tap('.slot-row[data-id="s1"]')
    expect(q('.member-option[data-id="m1"]')!.className).toContain('is-disabled')
    expect(q('.member-option[data-id="m1"] .member-blocked')!.textContent).toContain('第4季度（10—12月）已有预约')
    expect(q('.member-option.selected')!.getAttribute('data-id')).toBe('m2')
  })

  it('puts the member on the waitlist of a full slot and tells the place in the queue', async () => {
    const { be, s } = setup()
    taroMock.subscribe = (ids) => Object.fromEntries(ids.map((id) => [id, 'accept']))
    render(<SlotsPage />)
    await waitFor(() => expect(q('.slot-row[data-id="s2"]')).not.toBeNull())
    tap('.slot-row[data-id="s2"]')
    expect(q('.btn-confirm-book')).toBeNull()
    tap('.btn-join-waitlist')
    await waitFor(() => expect(q('.waitlist-joined')).not.toBeNull())
    expect(q('.waitlist-joined')!.textContent).toContain('排在第 1 位')
    expect(taroMock.modals[0].content).toContain('已经约满')
    expect(calls(be, 'booking.create')[0].input).toEqual({ slotId: 's2', memberId: 'm1', joinWaitlist: true })
    expect(s.grants.map((g) => g.template)).toEqual(['waitlist-offer'])
    expect(s.waitlist[0]).toMatchObject({ memberId: 'm1', status: 'waiting' })
  })

  it('offers the waitlist when the last place goes while the resident is choosing', async () => {
    const { be, s } = setup()
    render(<SlotsPage />)
    await waitFor(() => expect(q('.slot-row[data-id="s1"]')).not.toBeNull())
    tap('.slot-row[data-id="s1"]')
    Object.assign(s.slots[0], { taken: 10, placesLeft: 0 }) // someone else took the last place
    tap('.btn-confirm-book')
    await waitFor(() => expect(q('.waitlist-joined')).not.toBeNull())
    expect(taroMock.modals.map((m) => m.content)[1]).toBe(FULL_NOW)
    expect(calls(be, 'booking.create').map((r) => r.input.joinWaitlist)).toEqual([undefined, true])
  })
})

describe('a booking', () => {
  const withBooking = () => {
    const { be, s } = setup()
    const b = makeBooking(s.slots[0], s.members[0])
    s.bookings.unshift(b)
    Object.assign(s.slots[0], { taken: 4, placesLeft: 6 })
    taroMock.routerParams = { id: b.id }
    return { be, s, b }
  }

  it('is cancelled after confirming, and its place goes back', async () => {
    const { s, b } = withBooking()
    render(<BookingPage />)
    await waitFor(() => expect(q('.btn-cancel-booking')).not.toBeNull())
    tap('.btn-cancel-booking')
    await waitFor(() => expect(q('.booking-status')!.textContent).toBe('已取消'))
    expect(taroMock.modals[0].content).toContain('取消王大山 11月12日 周四 09:00 的预约')
    expect(s.bookings.find((x) => x.id === b.id)!.status).toBe('cancelled')
    expect(s.slots[0].taken).toBe(3)
    expect(q('.booking-qr')).toBeNull()
    expect(q('.btn-book-again')).not.toBeNull()
  })

  it('can no longer be cancelled online inside the cutoff', async () => {
    const { s } = setup()
    const soon = makeSlot({ id: 's-soon', day: '2026-11-10', start: '18:00', end: '19:00' }) // eight hours away; the cutoff is 12
    s.slots.push(soon)
    const b = makeBooking(soon, s.members[0])
    s.bookings.unshift(b)
    taroMock.routerParams = { id: b.id }
    render(<BookingPage />)
    await waitFor(() => expect(q('.cutoff-hint')).not.toBeNull())
    expect(q('.btn-cancel-booking')).toBeNull()
    expect(q('.btn-reschedule')).toBeNull()
    expect(q('.booking-qr')).not.toBeNull()
  })

  it('is rescheduled to another slot of the same plan period only', async () => {
    const { be, s, b } = withBooking()
    render(<BookingPage />)
    await waitFor(() => expect(q('.btn-reschedule')).not.toBeNull())
    tap('.btn-reschedule')
    expect(taroMock.navigations).toEqual(['/packages/resident/pages/slots/index?bookingId=m1%232026P4'])

    document.body.innerHTML = ''
    taroMock.routerParams = { bookingId: 'm1%232026P4' }
    render(<SlotsPage />)
    await waitFor(() => expect(q('.reschedule-from')).not.toBeNull())
    // Its own slot and next year's are not offered; the full one is shown but cannot be taken.
    await waitFor(() => expect(all('.slot-row').map((r) => r.getAttribute('data-id'))).toEqual(['s2', 's3']))
    tap('.slot-row[data-id="s2"]')
    expect(q('.btn-confirm-reschedule')!.className).toContain('is-disabled')
    tap('.slot-row[data-id="s3"]')
    tap('.btn-confirm-reschedule')
    await waitFor(() => expect(taroMock.navigations).toContain('back'))
    expect(taroMock.modals[0].content).toBe('把王大山的预约从 11月12日 周四 09:00 改到 11月20日 周五 09:00，十字镇卫生院？原来的名额会让给别人。')
    expect(calls(be, 'booking.reschedule')[0].input).toEqual({ bookingId: b.id, slotId: 's3' })
    expect(s.bookings.find((x) => x.id === b.id)).toMatchObject({ slotId: 's3', day: '2026-11-20', status: 'booked' })
    expect(s.slots.find((x) => x.id === 's1')!.taken).toBe(3)
    expect(s.slots.find((x) => x.id === 's3')!.taken).toBe(4)
  })

  it('shows the server’s reason when a change is refused', async () => {
    const { be } = withBooking()
    be.failNext('booking.cancel', 'CANCEL_TOO_LATE')
    render(<BookingPage />)
    await waitFor(() => expect(q('.btn-cancel-booking')).not.toBeNull())
    tap('.btn-cancel-booking')
    await waitFor(() => expect(q('.form-error')).not.toBeNull())
    expect(q('.form-error')!.textContent).toContain('已不能在线取消或改约')
  })
})

describe('waitlist offers', () => {
  const offer = (s: CheckupState, minutesLeft: number) => {
    Object.assign(s.slots[1], { taken: 10, placesLeft: 0 })
    s.waitlist.push({
      id: 's2#m1', slotId: 's2', memberId: 'm1', memberName: '王大山', siteName: '十字镇卫生院', startsAt: s.slots[1].startsAt,
      status: 'offered', position: null, offerExpiresAt: new Date(NOW.getTime() + minutesLeft * 60000).toISOString(),
    })
  }

  it('accepts an offered place before it expires and opens the booking', async () => {
    const { s } = setup()
    offer(s, 90)
    render(<BookingsPage />)
    await waitFor(() => expect(q('.waitlist-row.waitlist-offered')).not.toBeNull())
    expect(q('.offer-count')!.textContent).toBe('有 1 个空位等您确认')
    expect(q('.offer-expiry')!.textContent).toContain('2026-11-10 11:30 前确认')
    tap('.btn-accept-offer')
    await waitFor(() => expect(taroMock.navigations).toEqual(['/packages/resident/pages/booking/index?id=m1%232026P4']))
    expect(s.waitlist[0].status).toBe('accepted')
    expect(s.bookings[0]).toMatchObject({ slotId: 's2', memberId: 'm1', status: 'booked' })
    await waitFor(() => expect(q('.waitlist-section')).toBeNull())
    expect(q('.booking-row[data-id="m1#2026P4"]')).not.toBeNull()
  })

  it('shows an expired offer without the accept button', async () => {
    const { s } = setup()
    offer(s, -1)
    render(<BookingsPage />)
    await waitFor(() => expect(q('.waitlist-row')).not.toBeNull())
    expect(q('.offer-expired')).not.toBeNull()
    expect(q('.btn-accept-offer')).toBeNull()
  })

  it('leaves the waitlist after confirming', async () => {
    const { s } = setup()
    offer(s, 90)
    render(<BookingsPage />)
    await waitFor(() => expect(q('.btn-leave-waitlist')).not.toBeNull())
    tap('.btn-leave-waitlist')
    await waitFor(() => expect(q('.waitlist-section')).toBeNull())
    expect(taroMock.modals[0].content).toContain('空位会让给下一位')
    expect(s.waitlist[0].status).toBe('left')
  })

  it('lists the household’s bookings with their status, newest first', async () => {
    setup()
    render(<BookingsPage />)
    await waitFor(() => expect(all('.booking-row')).toHaveLength(1))
    expect(q('.booking-row.booking-attended .booking-status')!.textContent).toBe('已到场')
    expect(q('.list-end')).not.toBeNull()
  })
})
