// One in-memory check-up backend for the resident, cadre and township pages: sites, slots,
// bookings, waitlist, remote proofs, the due list and savings, in ONE state that every side
// reads and changes (a resident's booking is in the cadre's day view of its slot; a proof the
// resident submits is in the cadre's queue, and the cadre's decision is what proof.mine says).
// Like the server, the fake tells the sides apart by the caller's roles (be.me), reads "now"
// from the clock (tests fix it with jest's fake Date), computes plans with the shared domain
// rules and replays a change retried with the same requestId. fake-backend.ts parses every
// request and answer with the actions' schemas, and the handlers below are typed by them.
import type { BookingView, DueItem, ProofView, SiteView, SlotView, WaitlistView } from '@chengxin/shared/src/api'
import { INVITE_ALPHABET } from '@chengxin/shared/src/api/account/invite-redeem.schema'
import type { ErrorCode } from '@chengxin/shared/src/api/errors'
import {
  beijingInstant, checkupDayProblem, DEFAULT_CHECKUP_RULES, DEFAULT_SAVINGS_ASSUMPTIONS, fenToYuan, householdPlan,
  isOwnProofPhoto, managementHistory, patternSlots, perHouseholdRoundFen, planPeriod, proofPhotoFolder, savings,
} from '@chengxin/shared/src/domain'
import { beijingDate } from '@chengxin/shared/src/domain/beijing-clock'
import { refuse, replayingChanges, type FakeBackend, type Fakes } from './fake-backend'
import { taroMock } from './taro'

export { installDevices, type Devices } from './fake-devices'

/** Tuesday 10 November 2026, 10:00 in Beijing: the moment the seeded world is set at (the fourth quarter, well inside it). */
export const NOW = new Date('2026-11-10T02:00:00.000Z')
export const TODAY = '2026-11-10'

/** The caller's household on the resident side (makeMe's household h1). */
const HOUSEHOLD = { id: 'h1', label: '王大山户', groupId: 'g1', groupName: '一组', managementType: 'contract' } as const
const RULES = DEFAULT_CHECKUP_RULES
const PER_YEAR = RULES.perYear[HOUSEHOLD.managementType]
/** The resident's photo folder key (the server derives it from the openid). */
const OWNER_KEY = 'o1'

export interface HouseholdMember { id: string; name: string; away: string | null }
/** A booking as stored: what the household sees, plus what the cadre's day view and notices need. */
export interface Booking extends BookingView { householdId: string; groupId: string; markedAt: string | null }

export interface CheckupState {
  /** The caller's household roster (resident side); `away` is the city a member works in. */
  members: HouseholdMember[]
  /** The village's villager groups (the due list counts per group). */
  groups: Array<{ id: string; name: string }>
  sites: SiteView[]
  slots: SlotView[]
  /** Every household's bookings: the household's own are those of its members. */
  bookings: Booking[]
  waitlist: WaitlistView[]
  /** The village's proofs: the household's own are those of its members. */
  proofs: ProofView[]
  /** The village's households that are due or overdue, as the cadre's list shows them. */
  due: DueItem[]
  assumptions: { perVillageRoundFen: number; householdsPerVillage: number; perTripFen: number; updatedAt: string | null; updatedBy: string | null }
  counts: { tripsAvoided: number; roundsAvoided: number }
  /** Files in cloud storage (what Taro.cloud.uploadFile stored). */
  uploads: string[]
  grants: Array<{ template: string; answer: string }>
}

export function makeSite(over: Partial<SiteView> = {}): SiteView {
  return { id: 'site-1', name: '十字镇卫生院', address: '十字镇健康路1号', location: { latitude: 30.1, longitude: 114.2 }, active: true, ...over }
}

/** A slot of the village at a Beijing day and clock times; placesLeft follows capacity and taken. */
export function makeSlot(over: Partial<SlotView> = {}): SlotView {
  const { day = '2026-11-24', start = '09:00', end = '11:30', capacity = 20, taken = 0 } = over
  return {
    id: 'slot-1', siteId: 'site-1', siteName: makeSite().name, villageIds: ['v1'], day, start, end,
    startsAt: beijingInstant(day, start).toISOString(), endsAt: beijingInstant(day, end).toISOString(),
    capacity, taken, placesLeft: capacity - taken, status: 'open', closedReason: null, ...over,
  }
}

/** A booking of `member` on `slot`, with the server's id (`member#period`). */
export function makeBooking(slot: SlotView, member: Pick<HouseholdMember, 'id' | 'name'>, over: Partial<Booking> = {}): Booking {
  const period = planPeriod(slot.day, PER_YEAR)
  return {
    id: `${member.id}#${period}`, memberId: member.id, memberName: member.name, period, slotId: slot.id,
    siteName: slot.siteName, day: slot.day, startsAt: slot.startsAt, status: 'booked', code: 'K7M2P9QX',
    householdId: HOUSEHOLD.id, groupId: HOUSEHOLD.groupId, markedAt: null, ...over,
  }
}

/** A pending proof of the household's member working away in Hangzhou. */
export function makeProof(over: Partial<ProofView> = {}): ProofView {
  return {
    id: 'p1', householdLabel: HOUSEHOLD.label, groupName: HOUSEHOLD.groupName, memberId: 'm3', memberName: '王强', city: '杭州',
    clinicName: '杭州市西湖区社区卫生服务中心', checkupDay: '2026-10-20', status: 'pending', reason: null,
    previousProofId: null, submittedAt: '2026-10-21T03:00:00.000Z', decidedAt: null, decidedByName: null,
    photoUrl: 'https://example.test/p1.jpg', photoDeletedAt: null, ...over,
  }
}

export function makeDue(i: number, over: Partial<DueItem> = {}): DueItem {
  return {
    householdId: `h${i}`, label: `户${i}`, groupId: i % 2 ? 'g1' : 'g2', groupName: i % 2 ? '一组' : '二组',
    managementType: 'contract', planned: 4, done: 1, booked: 0, due: 3, dueNow: true, overdue: [], perYear: 4, lastDoneDay: null, workingAway: 0, ...over,
  }
}

/**
 * The seeded world at NOW: the household (王强 works in Hangzhou), one site, four bookable
 * slots (s2 full) and the summer one 王小芳 attended; `over` replaces whole parts of it.
 */
export function checkupState(over: Partial<CheckupState> = {}): CheckupState {
  const members = [{ id: 'm1', name: '王大山', away: null }, { id: 'm2', name: '王小芳', away: null }, { id: 'm3', name: '王强', away: '杭州' }]
  const hour = (id: string, day: string, start: string, end: string, taken = 3) => makeSlot({ id, day, start, end, capacity: 10, taken })
  const summer = hour('s-summer', '2026-08-12', '09:00', '10:00', 10)
  return {
    members,
    groups: [{ id: 'g1', name: '一组' }, { id: 'g2', name: '二组' }],
    sites: [makeSite()],
    slots: [
      hour('s1', '2026-11-12', '09:00', '10:00'), hour('s2', '2026-11-12', '14:00', '15:00', 10),
      hour('s3', '2026-11-20', '09:00', '10:00'), hour('s4', '2027-01-08', '09:00', '10:00'), summer,
    ],
    bookings: [makeBooking(summer, members[1], { status: 'attended', code: 'H3J4K5L6', markedAt: '2026-08-12T01:30:00.000Z' })],
    waitlist: [], proofs: [], due: [],
    assumptions: { ...DEFAULT_SAVINGS_ASSUMPTIONS, updatedAt: null, updatedBy: null },
    counts: { tripsAvoided: 10, roundsAvoided: 100 },
    uploads: [], grants: [],
    ...over,
  }
}

const page = <T,>(all: T[], i: { offset: number; limit: number }) => ({ items: all.slice(i.offset, i.offset + i.limit), total: all.length, offset: i.offset, limit: i.limit })
const byStart = (a: { startsAt: string }, b: { startsAt: string }) => a.startsAt.localeCompare(b.startsAt)
/** What the household sees of a stored booking. */
const bookingView = ({ householdId: _h, groupId: _g, markedAt: _m, ...b }: Booking): BookingView => b
/** A check-in code in the invite alphabet, new for every booking. */
const bookingCode = (n: number) => `C${String(n).padStart(7, '0').replace(/\d/g, (d) => INVITE_ALPHABET[Number(d)])}`
const nextId = (prefix: string, taken: Array<{ id: string }>) => {
  let n = taken.length + 1
  while (taken.some((x) => x.id === `${prefix}${n}`)) n++
  return `${prefix}${n}`
}

/** Adds the check-up actions to `be` (and cloud storage's uploadFile); the returned state is what tests arrange and inspect. */
export function installCheckup(be: FakeBackend, init: Partial<CheckupState> = {}): CheckupState {
  const s = checkupState(init)
  const today = () => beijingDate()
  const role = () => (be.me.roles.includes('township') ? 'township' : be.me.roles.includes('cadre') ? 'cadre' : 'resident')
  const village = () => be.me.village?.id
  const slotOf = (id: string) => s.slots.find((x) => x.id === id)
  const memberOf = (id: string) => s.members.find((m) => m.id === id)
  const ours = <T extends { memberId: string }>(rows: T[]) => rows.filter((r) => memberOf(r.memberId))
  const offeredToUs = (slot: SlotView) => role() === 'township' || !slot.villageIds.length || slot.villageIds.includes(village() ?? '')
  const take = (slot: SlotView, n: number) => { slot.taken += n; slot.placesLeft = slot.capacity - slot.taken }
  const holds = (memberId: string, period: string) =>
    s.bookings.some((b) => b.memberId === memberId && b.period === period && (b.status === 'booked' || b.status === 'attended'))
  let issued = s.bookings.length
  const book = (slot: SlotView, member: HouseholdMember): Booking => {
    const b = makeBooking(slot, member, { code: bookingCode(issued++) })
    s.bookings = [b, ...s.bookings.filter((x) => x.id !== b.id)]
    take(slot, 1)
    return b
  }
  const bookable = (slot: SlotView | undefined): ErrorCode | null =>
    !slot ? 'NOT_FOUND' : !offeredToUs(slot) ? 'NOT_IN_VILLAGE' : slot.status !== 'open' || Date.parse(slot.startsAt) <= Date.now() ? 'SLOT_CLOSED' : null
  const dueFiltered = (i: { groupId?: string; status: 'due' | 'overdue' | 'any' }) => s.due.filter((d) =>
    (!i.groupId || d.groupId === i.groupId) && (i.status === 'due' ? d.dueNow : i.status === 'overdue' ? d.overdue.length > 0 : true))

  const fakes: Fakes = {
    // ---- sites (township) ----
    'site.list': (i) => page(s.sites.filter((x) => i.includeInactive || x.active), i),
    'site.create': (i) => {
      const site = { id: nextId('site-', s.sites), name: i.name, address: i.address, location: i.location, active: true }
      s.sites.push(site)
      return { site }
    },
    'site.update': (i) => {
      const site = s.sites.find((x) => x.id === i.siteId)
      if (!site) return refuse('NOT_FOUND')
      const { siteId: _id, ...change } = i
      Object.assign(site, change)
      return { site }
    },

    // ---- slots: residents see open ones ahead of them; cadres their village's, closed too; township all ----
    'slot.list': (i) => {
      const r = role()
      const from = r === 'resident' ? (i.from && i.from > today() ? i.from : today()) : (i.from ?? today())
      const status = r === 'resident' ? 'open' : i.status
      const forVillage = r === 'township' ? i.villageId : village()
      return page(s.slots.filter((x) => x.day >= from && (!status || x.status === status) && (!i.siteId || x.siteId === i.siteId)
        && (!forVillage || !x.villageIds.length || x.villageIds.includes(forVillage))
        && (r !== 'resident' || Date.parse(x.startsAt) > Date.now())).sort(byStart), i)
    },
    'slot.open': (i) => {
      const site = s.sites.find((x) => x.id === i.siteId)
      if (!site) return refuse('NOT_FOUND')
      if (!site.active) return refuse('SITE_INACTIVE')
      const times = i.kind === 'single' ? [{ day: i.day, start: i.start, end: i.end }] : patternSlots(i.from, i.to, i.weekdays, i.times)
      const villageIds = role() === 'township' ? i.villageIds ?? [] : [village()!]
      const opened: SlotView[] = []
      for (const t of times) {
        opened.push(makeSlot({ id: nextId('slot-new-', s.slots), siteId: site.id, siteName: site.name, villageIds, ...t, capacity: i.capacity }))
        s.slots.push(opened[opened.length - 1])
      }
      return { slots: opened }
    },
    'slot.close': (i) => {
      const slot = slotOf(i.slotId)
      if (!slot) return refuse('NOT_FOUND')
      // A cadre closes only their own village's slots; a slot for several villages is the township's.
      if (role() !== 'township' && !(slot.villageIds.length === 1 && slot.villageIds[0] === village())) return refuse('NOT_IN_VILLAGE')
      if (slot.status === 'closed') return refuse('SLOT_CLOSED')
      const cancelled = s.bookings.filter((b) => b.slotId === slot.id && b.status === 'booked')
      cancelled.forEach((b) => { b.status = 'cancelled' })
      take(slot, -cancelled.length)
      Object.assign(slot, { status: 'closed', closedReason: i.reason })
      return { slot, cancelledBookings: cancelled.length, notifiedHouseholds: new Set(cancelled.map((b) => b.householdId)).size }
    },

    // ---- the cadre's day view and check-in ----
    'slot.bookings': (i) => {
      const slot = slotOf(i.slotId)
      if (!slot) return refuse('NOT_FOUND')
      if (!offeredToUs(slot)) return refuse('NOT_IN_VILLAGE')
      const rows = s.bookings.filter((b) => b.slotId === slot.id && b.status !== 'cancelled')
        .sort((a, b) => (a.memberName < b.memberName ? -1 : a.memberName > b.memberName ? 1 : 0))
        .map(({ id, memberName, groupId, status, code, markedAt }) => ({ id, memberName, groupId, status, code, markedAt }))
      const { id, siteName, day, startsAt, endsAt, capacity, taken, status } = slot
      return { slot: { id, siteName, day, startsAt, endsAt, capacity, taken, status }, ...page(rows, i) }
    },
    'attendance.mark': (i) => {
      const b = s.bookings.find((x) => (i.bookingId ? x.id === i.bookingId : x.code === i.code))
      if (!b) return refuse('NOT_FOUND')
      // Marking the same again (a second scan) changes nothing; a mistaken mark can be corrected.
      if (b.status !== i.outcome) {
        if (b.status === 'cancelled') return refuse('BOOKING_STATE')
        if (today() < b.day) return refuse('ATTENDANCE_TOO_EARLY')
        Object.assign(b, { status: i.outcome, markedAt: new Date().toISOString() })
      }
      return { booking: bookingView(b) }
    },

    // ---- the household's plan, bookings and waitlist ----
    'plan.mine': (i) => {
      const year = i.year ?? Number(today().slice(0, 4))
      const plan = householdPlan(year, today(), managementHistory(HOUSEHOLD.managementType, null), RULES, {
        members: s.members.map((m) => ({ id: m.id, name: m.name, workingAwayCity: m.away })), bookings: ours(s.bookings), proofs: ours(s.proofs),
      })
      return { year, today: today(), householdLabel: HOUSEHOLD.label, managementType: HOUSEHOLD.managementType, managementSince: null, ...plan, rules: RULES }
    },
    'booking.mine': (i) => page(ours(s.bookings).sort((a, b) => byStart(b, a)).map(bookingView), i),
    'booking.create': (i) => {
      const slot = slotOf(i.slotId)
      const member = memberOf(i.memberId)
      if (!member) return refuse('NOT_FOUND')
      const problem = bookable(slot)
      if (problem) return refuse(problem)
      if (holds(member.id, planPeriod(slot!.day, PER_YEAR))) return refuse('ALREADY_BOOKED')
      if (slot!.taken >= slot!.capacity) {
        if (!i.joinWaitlist) return refuse('SLOT_FULL')
        const position = s.waitlist.filter((w) => w.slotId === slot!.id && w.status === 'waiting').length + 1
        s.waitlist.push({ id: `${slot!.id}#${member.id}`, slotId: slot!.id, memberId: member.id, memberName: member.name, siteName: slot!.siteName, startsAt: slot!.startsAt, status: 'waiting', position, offerExpiresAt: null })
        return { booking: null, waitlisted: true, position }
      }
      return { booking: bookingView(book(slot!, member)), waitlisted: false, position: null }
    },
    'booking.cancel': (i) => {
      const b = ours(s.bookings).find((x) => x.id === i.bookingId)
      if (!b) return refuse('NOT_FOUND')
      if (b.status !== 'booked') return refuse('BOOKING_STATE')
      if (Date.parse(b.startsAt) - Date.now() < RULES.cancelCutoffHours * 3600000) return refuse('CANCEL_TOO_LATE')
      b.status = 'cancelled'
      take(slotOf(b.slotId)!, -1)
      return { booking: bookingView(b) }
    },
    'booking.reschedule': (i) => {
      const b = ours(s.bookings).find((x) => x.id === i.bookingId)
      const slot = slotOf(i.slotId)
      if (!b) return refuse('NOT_FOUND')
      const problem = bookable(slot)
      if (problem) return refuse(problem)
      if (b.status !== 'booked') return refuse('BOOKING_STATE')
      if (planPeriod(slot!.day, PER_YEAR) !== b.period) return refuse('NOT_SAME_PERIOD')
      if (slot!.taken >= slot!.capacity) return refuse('SLOT_FULL')
      take(slotOf(b.slotId)!, -1)
      take(slot!, 1)
      Object.assign(b, { slotId: slot!.id, day: slot!.day, startsAt: slot!.startsAt, siteName: slot!.siteName })
      return { booking: bookingView(b) }
    },
    'waitlist.mine': () => ({ items: ours(s.waitlist).filter((w) => w.status === 'waiting' || w.status === 'offered') }),
    'waitlist.accept': (i) => {
      const w = ours(s.waitlist).find((x) => x.id === i.waitlistId)
      if (!w) return refuse('NOT_FOUND')
      if (w.status !== 'offered' || Date.parse(w.offerExpiresAt!) <= Date.now()) return refuse('OFFER_EXPIRED')
      w.status = 'accepted'
      const slot = slotOf(w.slotId)!
      take(slot, -1) // the held place becomes the booking's
      return { booking: bookingView(book(slot, memberOf(w.memberId)!)) }
    },
    'waitlist.leave': (i) => {
      const w = ours(s.waitlist).find((x) => x.id === i.waitlistId)
      if (!w) return refuse('NOT_FOUND')
      w.status = 'left'
      return { entry: w }
    },

    // ---- remote proofs: the household submits, the village's cadre decides ----
    'proof.mine': () => ({
      members: s.members.filter((m) => m.away).map((m) => ({ memberId: m.id, name: m.name, city: m.away!, canSubmit: !s.proofs.some((p) => p.memberId === m.id && p.status === 'pending') })),
      proofs: ours(s.proofs).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)),
    }),
    'proof.uploadPath': () => ({ cloudPath: `${proofPhotoFolder(OWNER_KEY)}${s.uploads.length + 1}.jpg` }),
    'proof.submit': (i) => {
      const m = memberOf(i.memberId)
      if (!m) return refuse('NOT_FOUND')
      if (!m.away) return refuse('NOT_WORKING_AWAY')
      const dayProblem = checkupDayProblem(i.checkupDay, today())
      if (dayProblem) return refuse('INVALID_INPUT', { checkupDay: dayProblem })
      if (!isOwnProofPhoto(i.fileId, OWNER_KEY) || !s.uploads.includes(i.fileId)) return refuse('PHOTO_INVALID')
      if (s.proofs.some((p) => p.memberId === m.id && p.status === 'pending')) return refuse('PROOF_PENDING')
      if (i.previousProofId && ours(s.proofs).find((p) => p.id === i.previousProofId)?.status !== 'rejected') return refuse('PROOF_STATE')
      const proof = makeProof({
        id: nextId('p', s.proofs), memberId: m.id, memberName: m.name, city: m.away, clinicName: i.clinicName,
        checkupDay: i.checkupDay, previousProofId: i.previousProofId ?? null, submittedAt: new Date().toISOString(),
      })
      s.proofs.push(proof)
      return { proof }
    },
    // Pending proofs are a queue (oldest first); decided ones newest first.
    'proof.list': (i) => page(s.proofs.filter((p) => p.status === i.status)
      .sort((a, b) => (i.status === 'pending' ? 1 : -1) * a.submittedAt.localeCompare(b.submittedAt)), i),
    'proof.decide': (i) => {
      const p = s.proofs.find((x) => x.id === i.proofId)
      if (!p) return refuse('NOT_FOUND')
      if (p.status !== 'pending') return refuse('PROOF_STATE')
      Object.assign(p, { status: i.outcome, reason: i.outcome === 'rejected' ? i.reason : null, decidedAt: new Date().toISOString(), decidedByName: be.me.name })
      return { proof: p }
    },

    // ---- the cadre's due list ----
    'due.list': (i) => ({
      year: Number(today().slice(0, 4)), today: today(), ...page(dueFiltered(i), i),
      groups: s.groups.map((g) => {
        const mine = s.due.filter((d) => d.groupId === g.id)
        return { ...g, households: mine.length, due: mine.filter((d) => d.dueNow).length, overdue: mine.filter((d) => d.overdue.length).length }
      }),
    }),
    'due.export': (i) => ({ fileName: '十字村待检名单.xlsx', fileId: 'cloud://exports/due.xlsx', url: 'https://tmp.example/due.xlsx', rows: dueFiltered(i).length }),

    // ---- the township's savings ----
    'savings.get': (i) => {
      const a = { ...s.assumptions, perHouseholdRoundFen: perHouseholdRoundFen(s.assumptions) }
      const figures = savings(a, s.counts)
      return {
        year: i.year ?? Number(today().slice(0, 4)), assumptions: a, ...figures,
        formula: {
          trips: `免去往返 ${s.counts.tripsAvoided} 次 × ${fenToYuan(a.perTripFen)} 元`,
          rounds: `减少检查 ${s.counts.roundsAvoided} 户次 × ${fenToYuan(a.perHouseholdRoundFen)} 元`,
          perHouseholdRound: `${fenToYuan(a.perVillageRoundFen)} 元 ÷ ${a.householdsPerVillage} 户`,
          total: '两项相加',
        },
        villages: [{ id: 'v1', name: '十字村', households: 29, tripsAvoided: s.counts.tripsAvoided, roundsAvoided: s.counts.roundsAvoided, totalFen: figures.totalFen }],
      }
    },
    'savings.assumptions.update': (i) => {
      s.assumptions = { ...i, updatedAt: new Date().toISOString(), updatedBy: be.me.name ?? null }
      return { assumptions: { ...s.assumptions, perHouseholdRoundFen: perHouseholdRoundFen(i) } }
    },

    // ---- the reminders the check-up pages ask for ----
    'subscription.list': () => ({ items: ([
      ['booking-confirmed', 'T-BOOKED', '检查预约成功'], ['booking-reminder', 'T-REMIND', '检查前提醒'],
      ['waitlist-offer', 'T-OFFER', '候补空位通知'], ['proof-decided', 'T-PROOF', '异地检查证明审核结果'],
    ] as const).map(([template, templateId, label]) => ({ template, templateId, label, remaining: 0 })) }),
    'subscription.grant': (i) => { s.grants.push(...i.results); return { items: i.results.map((r) => ({ template: r.template, remaining: 1 })) } },
  }

  Object.assign(be.handlers, replayingChanges(fakes))
  taroMock.cloud!.uploadFile = async ({ cloudPath }) => {
    const fileID = `cloud://env/${cloudPath}`
    s.uploads.push(fileID)
    return { fileID }
  }
  return s
}
