// In-memory check-up plans, slots, bookings, waitlist and remote proofs for the resident
// check-up pages' tests. Plans come from the real domain rules (standing), so the summary the
// page shows is the one the server would compute. Time is fixed by the tests at NOW.
import { DEFAULT_CHECKUP_RULES, managementHistory, planPeriod, standing } from '@chengxin/shared/src/domain'
import type { BookingView, InputOf, ProofView, SiteView, SlotView, WaitlistView } from '@chengxin/shared/src/api'
import type { FakeBackend } from './fake-backend'
import { taroMock } from './taro'
import Taro from './taro'

/** Tuesday 10 November 2026, 10:00 in Beijing: the fourth quarter, well inside it. */
export const NOW = new Date('2026-11-10T02:00:00.000Z')
export const TODAY = '2026-11-10'
const PER_YEAR = 4

export interface HouseholdMember { id: string; name: string; away: string | null }

export interface CheckupState {
  members: HouseholdMember[]
  sites: SiteView[]
  slots: SlotView[]
  bookings: BookingView[]
  waitlist: WaitlistView[]
  proofs: ProofView[]
  /** Where Taro.openLocation was asked to go. */
  maps: Array<{ latitude: number; longitude: number; name?: string }>
  /** The photo Taro.chooseImage answers next; null = the resident closes the picker. */
  nextPhoto: string | null
  uploads: string[]
  grants: Array<{ template: string; answer: string }>
}

/** A slot on a Beijing day at a Beijing hour (Beijing = UTC+8). */
export function makeSlot(id: string, day: string, hour: number, over: Partial<SlotView> = {}): SlotView {
  const at = (h: number) => new Date(`${day}T${String(h - 8).padStart(2, '0')}:00:00.000Z`).toISOString()
  return {
    id, siteId: 'site-1', siteName: '十字镇卫生院', villageIds: [], day,
    start: `${String(hour).padStart(2, '0')}:00`, end: `${String(hour + 1).padStart(2, '0')}:00`,
    startsAt: at(hour), endsAt: at(hour + 1), capacity: 10, taken: 3, placesLeft: 7, status: 'open', closedReason: null,
    ...over,
  }
}

export function makeBooking(slot: SlotView, member: HouseholdMember, over: Partial<BookingView> = {}): BookingView {
  const period = planPeriod(slot.day, PER_YEAR)
  return {
    id: `${member.id}#${period}`, memberId: member.id, memberName: member.name, period, slotId: slot.id,
    siteName: slot.siteName, day: slot.day, startsAt: slot.startsAt, status: 'booked', code: 'K7M2P9QX', ...over,
  }
}

export function makeProof(over: Partial<ProofView> = {}): ProofView {
  return {
    id: 'p1', householdLabel: '王大山户', groupName: '一组', memberId: 'm3', memberName: '王强', city: '杭州',
    clinicName: '杭州市西湖区社区卫生服务中心', checkupDay: '2026-10-20', status: 'pending', reason: null,
    previousProofId: null, submittedAt: '2026-10-21T03:00:00.000Z', decidedAt: null, decidedByName: null,
    photoUrl: 'https://example.test/p1.jpg', photoDeletedAt: null, ...over,
  }
}

export function checkupState(): CheckupState {
  const members = [
    { id: 'm1', name: '王大山', away: null },
    { id: 'm2', name: '王小芳', away: null },
    { id: 'm3', name: '王强', away: '杭州' },
  ]
  const summer = makeSlot('s-summer', '2026-08-12', 9, { taken: 10, placesLeft: 0, status: 'closed' })
  return {
    members,
    sites: [{ id: 'site-1', name: '十字镇卫生院', address: '十字镇健康路1号', location: { latitude: 30.1, longitude: 114.2 }, active: true }],
    slots: [
      makeSlot('s1', '2026-11-12', 9),
      makeSlot('s2', '2026-11-12', 14, { taken: 10, placesLeft: 0 }),
      makeSlot('s3', '2026-11-20', 9),
      makeSlot('s4', '2027-01-08', 9),
    ],
    // 王小芳 was checked in the summer: the household has done one, and she is a member to book for.
    bookings: [makeBooking(summer, members[1], { status: 'attended', code: 'H3J4K5L6' })],
    waitlist: [],
    proofs: [],
    maps: [],
    nextPhoto: 'wxfile://temp/certificate.jpg',
    uploads: [],
    grants: [],
  }
}

type Result = object | { __error: string }
const err = (code: string) => ({ __error: code })
const page = <T,>(items: T[], input: { limit?: number; offset?: number }) => {
  const offset = input.offset ?? 0
  const limit = input.limit ?? 20
  return { items: items.slice(offset, offset + limit), total: items.length, offset, limit }
}

/** Adds the check-up actions to the fake backend (and the Taro APIs the pages call). */
export function installCheckups(be: FakeBackend, s: CheckupState = checkupState()): CheckupState {
  const replies = new Map<string, Result>()
  // A change replayed with the same requestId answers what it answered the first time.
  const once = <I,>(fn: (input: I) => Result) => (input: I, requestId: string) => {
    if (!replies.has(requestId)) replies.set(requestId, fn(input))
    return replies.get(requestId)!
  }
  const slotOf = (id: string) => s.slots.find((x) => x.id === id)
  const take = (slot: SlotView, n: number) => { slot.taken += n; slot.placesLeft = slot.capacity - slot.taken }
  const holds = (memberId: string, period: string) =>
    s.bookings.find((b) => b.memberId === memberId && b.period === period && (b.status === 'booked' || b.status === 'attended'))
  const book = (slot: SlotView, member: HouseholdMember): BookingView => {
    const b = makeBooking(slot, member, { code: `C${String(s.bookings.length).padStart(7, '2')}` })
    s.bookings = [b, ...s.bookings.filter((x) => x.id !== b.id)]
    take(slot, 1)
    return b
  }

  Object.assign(be.handlers, {
    'plan.mine': () => {
      const st = standing(2026, TODAY, managementHistory('contract', null), DEFAULT_CHECKUP_RULES, {
        done: [...s.bookings.filter((b) => b.status === 'attended').map((b) => b.day), ...s.proofs.filter((p) => p.status === 'verified').map((p) => p.checkupDay)],
        booked: s.bookings.filter((b) => b.status === 'booked').map((b) => b.day),
      })
      const records = s.bookings.filter((b) => b.status === 'booked' || b.status === 'attended')
        .map((b) => ({ kind: 'booking', memberName: b.memberName, day: b.day, state: b.status, place: b.siteName }))
      const workingAway = s.members.filter((m) => m.away).map((m) => {
        const mine = s.proofs.filter((p) => p.memberId === m.id && p.status !== 'rejected')
        const verified = mine.filter((p) => p.status === 'verified').length
        return { memberId: m.id, memberName: m.name, city: m.away!, planned: 2, verified, pending: mine.length - verified, due: Math.max(0, 2 - mine.length) }
      })
      return {
        members: s.members.map((m) => ({ id: m.id, name: m.name, workingAwayCity: m.away })),
        year: 2026, today: TODAY, householdLabel: '王大山户', managementType: 'contract', managementSince: null,
        planned: st.planned, done: st.done, booked: st.booked, due: st.due, perYear: st.perYear, periods: st.periods,
        dueNow: st.dueNow, overdue: st.overdue, records, workingAway, rules: DEFAULT_CHECKUP_RULES,
      }
    },
    'site.list': (input: InputOf<'site.list'>) => page(s.sites, input),
    'slot.list': (input: InputOf<'slot.list'>) => {
      const from = input.from && input.from > TODAY ? input.from : TODAY
      return page(s.slots.filter((x) => x.status === 'open' && x.day >= from).sort((a, b) => a.startsAt.localeCompare(b.startsAt)), input)
    },
    'booking.mine': (input: InputOf<'booking.mine'>) => page([...s.bookings].sort((a, b) => b.startsAt.localeCompare(a.startsAt)), input),
    'booking.create': once((input: InputOf<'booking.create'>) => {
      const slot = slotOf(input.slotId)
      const member = s.members.find((m) => m.id === input.memberId)
      if (!slot || !member) return err('NOT_FOUND')
      if (slot.status !== 'open') return err('SLOT_CLOSED')
      if (holds(member.id, planPeriod(slot.day, PER_YEAR))) return err('ALREADY_BOOKED')
      if (slot.taken >= slot.capacity) {
        if (!input.joinWaitlist) return err('SLOT_FULL')
        const position = s.waitlist.filter((w) => w.slotId === slot.id && w.status === 'waiting').length + 1
        s.waitlist.push({ id: `${slot.id}#${member.id}`, slotId: slot.id, memberId: member.id, memberName: member.name, siteName: slot.siteName, startsAt: slot.startsAt, status: 'waiting', position, offerExpiresAt: null })
        return { booking: null, waitlisted: true, position }
      }
      return { booking: book(slot, member), waitlisted: false, position: null }
    }),
    'booking.cancel': once((input: InputOf<'booking.cancel'>) => {
      const b = s.bookings.find((x) => x.id === input.bookingId)
      if (!b) return err('NOT_FOUND')
      if (b.status !== 'booked') return err('BOOKING_STATE')
      if (Date.parse(b.startsAt) - Date.now() < DEFAULT_CHECKUP_RULES.cancelCutoffHours * 3600000) return err('CANCEL_TOO_LATE')
      b.status = 'cancelled'
      take(slotOf(b.slotId)!, -1)
      return { booking: b }
    }),
    'booking.reschedule': once((input: InputOf<'booking.reschedule'>) => {
      const b = s.bookings.find((x) => x.id === input.bookingId)
      const slot = slotOf(input.slotId)
      if (!b || !slot) return err('NOT_FOUND')
      if (b.status !== 'booked') return err('BOOKING_STATE')
      if (planPeriod(slot.day, PER_YEAR) !== b.period) return err('NOT_SAME_PERIOD')
      if (slot.taken >= slot.capacity) return err('SLOT_FULL')
      take(slotOf(b.slotId)!, -1)
      take(slot, 1)
      Object.assign(b, { slotId: slot.id, day: slot.day, startsAt: slot.startsAt, siteName: slot.siteName })
      return { booking: b }
    }),
    'waitlist.mine': () => ({ items: s.waitlist.filter((w) => w.status === 'waiting' || w.status === 'offered') }),
    'waitlist.accept': once((input: InputOf<'waitlist.accept'>) => {
      const w = s.waitlist.find((x) => x.id === input.waitlistId)
      if (!w) return err('NOT_FOUND')
      if (w.status !== 'offered' || Date.parse(w.offerExpiresAt!) <= Date.now()) return err('OFFER_EXPIRED')
      w.status = 'accepted'
      const slot = slotOf(w.slotId)!
      take(slot, -1) // the held place becomes the booking's
      return { booking: book(slot, s.members.find((m) => m.id === w.memberId)!) }
    }),
    'waitlist.leave': once((input: InputOf<'waitlist.leave'>) => {
      const w = s.waitlist.find((x) => x.id === input.waitlistId)
      if (!w) return err('NOT_FOUND')
      w.status = 'left'
      return { entry: w }
    }),
    'proof.mine': () => ({
      members: s.members.filter((m) => m.away).map((m) => ({ memberId: m.id, name: m.name, city: m.away!, canSubmit: !s.proofs.some((p) => p.memberId === m.id && p.status === 'pending') })),
      proofs: [...s.proofs].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)),
    }),
    'proof.uploadPath': () => ({ cloudPath: `proofs/o1/${s.uploads.length + 1}.jpg` }),
    'proof.submit': once((input: InputOf<'proof.submit'>) => {
      const m = s.members.find((x) => x.id === input.memberId)
      if (!m) return err('NOT_FOUND')
      if (!m.away) return err('NOT_WORKING_AWAY')
      if (s.proofs.some((p) => p.memberId === m.id && p.status === 'pending')) return err('PROOF_PENDING')
      if (!s.uploads.includes(input.fileId)) return err('PHOTO_INVALID')
      if (input.previousProofId && s.proofs.find((p) => p.id === input.previousProofId)?.status !== 'rejected') return err('PROOF_STATE')
      const proof = makeProof({
        id: `p${s.proofs.length + 1}`, memberId: m.id, memberName: m.name, city: m.away, clinicName: input.clinicName,
        checkupDay: input.checkupDay, previousProofId: input.previousProofId ?? null, submittedAt: new Date().toISOString(),
      })
      s.proofs.push(proof)
      return { proof }
    }),
    'subscription.list': () => ({ items: [
      ['booking-confirmed', 'T-BOOKED', '检查预约成功'], ['booking-reminder', 'T-REMIND', '检查前提醒'],
      ['waitlist-offer', 'T-OFFER', '候补空位通知'], ['proof-decided', 'T-PROOF', '异地检查证明审核结果'],
    ].map(([template, templateId, label]) => ({ template, templateId, label, remaining: 0 })) }),
    'subscription.grant': (input: InputOf<'subscription.grant'>) => { s.grants.push(...input.results); return { items: input.results.map((r: { template: string }) => ({ template: r.template, remaining: 1 })) } },
  })

  taroMock.cloud!.uploadFile = async ({ cloudPath }) => {
    const fileID = `cloud://env/${cloudPath}`
    s.uploads.push(fileID)
    return { fileID }
  }
  Object.assign(Taro, {
    chooseImage: async () => {
      if (!s.nextPhoto) throw { errMsg: 'chooseImage:fail cancel' }
      return { tempFilePaths: [s.nextPhoto], errMsg: 'chooseImage:ok' }
    },
    openLocation: async (o: { latitude: number; longitude: number; name?: string }) => { s.maps.push(o); return { errMsg: 'openLocation:ok' } },
  })
  return s
}
