// In-memory check-up backend for the cadre and township pages (sites, slots, bookings,
// due list, remote proofs, savings), added to a FakeBackend's handlers, plus the device
// APIs those pages use (scanCode, downloadFile, openDocument, previewImage, openLocation),
// patched onto the Taro mock here so the shared mock stays small.
import Taro from '@tarojs/taro'
import type { DueItem, ProofView, SiteView, SlotBookingItem, SlotView } from '@chengxin/shared/src/api'
import { beijingInstant, patternSlots } from '@chengxin/shared/src/domain/checkup-slots'
import type { FakeBackend } from './fake-backend'

export interface Devices {
  /** What the camera "reads" next; null = the user closes the scanner. */
  scanResult: string | null
  scans: number
  downloads: string[]
  opened: Array<{ filePath: string; fileType?: string }>
  previews: Array<{ urls: string[]; current?: string }>
  locations: Array<{ latitude: number; longitude: number; name?: string }>
}

export function installDevices(): Devices {
  const d: Devices = { scanResult: null, scans: 0, downloads: [], opened: [], previews: [], locations: [] }
  Object.assign(Taro, {
    scanCode: async () => {
      d.scans++
      if (d.scanResult === null) throw { errMsg: 'scanCode:fail cancel' }
      return { result: d.scanResult, scanType: 'QR_CODE', errMsg: 'scanCode:ok' }
    },
    downloadFile: async (o: { url: string }) => { d.downloads.push(o.url); return { tempFilePath: 'wxfile://temp/due.xlsx', statusCode: 200, errMsg: 'downloadFile:ok' } },
    openDocument: async (o: { filePath: string; fileType?: string }) => { d.opened.push(o); return { errMsg: 'openDocument:ok' } },
    previewImage: async (o: { urls: string[]; current?: string }) => { d.previews.push(o); return { errMsg: 'previewImage:ok' } },
    openLocation: async (o: { latitude: number; longitude: number; name?: string }) => { d.locations.push(o); return { errMsg: 'openLocation:ok' } },
  })
  return d
}

export interface Booking extends SlotBookingItem { slotId: string; memberId: string }

export interface CheckupState {
  sites: SiteView[]
  slots: SlotView[]
  bookings: Booking[]
  due: DueItem[]
  proofs: ProofView[]
  assumptions: { perVillageRoundFen: number; householdsPerVillage: number; perTripFen: number; updatedAt: string | null; updatedBy: string | null }
  counts: { tripsAvoided: number; roundsAvoided: number }
}

const page = <T,>(all: T[], i: { offset?: number; limit?: number }) => {
  const offset = i.offset ?? 0
  const limit = i.limit ?? 20
  return { items: all.slice(offset, offset + limit), total: all.length, offset, limit }
}

export function makeSlot(over: Partial<SlotView> = {}): SlotView {
  const day = over.day ?? '2026-11-24'
  const start = over.start ?? '09:00'
  const end = over.end ?? '11:30'
  return {
    id: 'slot-1', siteId: 'site-1', siteName: '镇卫生院', villageIds: ['v1'], day, start, end,
    startsAt: beijingInstant(day, start).toISOString(), endsAt: beijingInstant(day, end).toISOString(),
    capacity: 20, taken: 0, placesLeft: 20, status: 'open', closedReason: null, ...over,
  }
}

export function makeDue(i: number, over: Partial<DueItem> = {}): DueItem {
  return {
    householdId: `h${i}`, label: `户${i}`, groupId: i % 2 ? 'g1' : 'g2', groupName: i % 2 ? '一组' : '二组',
    managementType: 'contract', planned: 4, done: 1, booked: 0, due: 3, dueNow: true, overdue: [], perYear: 4, lastDoneDay: null, workingAway: 0, ...over,
  }
}

export function makeProof(over: Partial<ProofView> = {}): ProofView {
  return {
    id: 'p1', householdLabel: '王大山户', groupName: '一组', memberId: 'm2', memberName: '王小芳', city: '东莞',
    clinicName: '东莞市长安镇社区卫生服务中心', checkupDay: '2026-11-10', status: 'pending', reason: null, previousProofId: null,
    submittedAt: '2026-11-12T02:00:00.000Z', decidedAt: null, decidedByName: null, photoUrl: 'https://tmp.example/p1.jpg', photoDeletedAt: null, ...over,
  }
}

/** Adds the check-up actions to `be`; the returned state is what tests arrange and inspect. */
export function installCheckup(be: FakeBackend, init: Partial<CheckupState> = {}): CheckupState {
  const s: CheckupState = {
    sites: [{ id: 'site-1', name: '镇卫生院', address: '十字镇人民路1号', location: { latitude: 30.1, longitude: 112.2 }, active: true }],
    slots: [], bookings: [], due: [], proofs: [],
    assumptions: { perVillageRoundFen: 300_000, householdsPerVillage: 1221, perTripFen: 20_000, updatedAt: null, updatedBy: null },
    counts: { tripsAvoided: 10, roundsAvoided: 100 },
    ...init,
  }
  let seq = 0
  const slotOf = (id: string) => s.slots.find((x) => x.id === id)
  const h = be.handlers

  h['site.list'] = (i) => page(s.sites.filter((x) => i.includeInactive || x.active), i)
  h['site.create'] = (i) => {
    const site = { id: `site-${++seq}`, name: i.name, address: i.address, location: i.location ?? null, active: true }
    s.sites.push(site)
    return { site }
  }
  h['site.update'] = (i) => {
    const at = s.sites.findIndex((x) => x.id === i.siteId)
    if (at < 0) return { __error: 'NOT_FOUND' }
    const { siteId: _id, ...change } = i
    s.sites[at] = { ...s.sites[at], ...change }
    return { site: s.sites[at] }
  }

  h['slot.list'] = (i) => page(s.slots.filter((x) => (!i.status || x.status === i.status) && (!i.from || x.day >= i.from)), i)
  h['slot.open'] = (i) => {
    const site = s.sites.find((x) => x.id === i.siteId)
    if (!site) return { __error: 'NOT_FOUND' }
    if (!site.active) return { __error: 'SITE_INACTIVE' }
    const times = i.kind === 'single' ? [{ day: i.day, start: i.start, end: i.end }] : patternSlots(i.from, i.to, i.weekdays, i.times)
    const opened = times.map((t) => makeSlot({ id: `slot-new-${++seq}`, siteId: site.id, siteName: site.name, villageIds: i.villageIds ?? [be.me.village!.id], ...t, capacity: i.capacity, placesLeft: i.capacity }))
    s.slots.push(...opened)
    return { slots: opened }
  }
  h['slot.close'] = (i) => {
    const slot = slotOf(i.slotId)
    if (!slot) return { __error: 'NOT_FOUND' }
    if (slot.status === 'closed') return { __error: 'SLOT_CLOSED' }
    const open = s.bookings.filter((b) => b.slotId === slot.id && b.status === 'booked')
    open.forEach((b) => { b.status = 'cancelled' })
    Object.assign(slot, { status: 'closed', closedReason: i.reason, taken: 0, placesLeft: slot.capacity })
    return { slot, cancelledBookings: open.length, notifiedHouseholds: open.length }
  }

  h['slot.bookings'] = (i) => {
    const slot = slotOf(i.slotId)
    if (!slot) return { __error: 'NOT_FOUND' }
    const rows = s.bookings.filter((b) => b.slotId === slot.id && b.status !== 'cancelled').map(({ slotId: _s, memberId: _m, ...b }) => b)
    const { id, siteName, day, startsAt, endsAt, capacity, taken, status } = slot
    return { slot: { id, siteName, day, startsAt, endsAt, capacity, taken, status }, ...page(rows, i) }
  }
  h['attendance.mark'] = (i) => {
    const b = i.bookingId ? s.bookings.find((x) => x.id === i.bookingId) : s.bookings.find((x) => x.code === String(i.code).toUpperCase())
    if (!b) return { __error: 'NOT_FOUND' }
    if (b.status === 'cancelled') return { __error: 'BOOKING_STATE' }
    b.status = i.outcome
    b.markedAt = '2026-11-24T01:40:00.000Z'
    const slot = slotOf(b.slotId)!
    return { booking: { id: b.id, memberId: b.memberId, memberName: b.memberName, period: '2026P4', slotId: b.slotId, siteName: slot.siteName, day: slot.day, startsAt: slot.startsAt, status: b.status, code: b.code } }
  }

  const dueFiltered = (i: { groupId?: string; status?: string }) => s.due.filter((d) =>
    (!i.groupId || d.groupId === i.groupId) && (i.status === 'due' ? d.dueNow : i.status === 'overdue' ? d.overdue.length > 0 : true))
  h['due.list'] = (i) => {
    const groups = ['g1', 'g2'].map((g) => {
      const mine = s.due.filter((d) => d.groupId === g)
      return { id: g, name: g === 'g1' ? '一组' : '二组', households: mine.length, due: mine.filter((d) => d.dueNow).length, overdue: mine.filter((d) => d.overdue.length).length }
    })
    return { year: 2026, today: '2026-11-24', ...page(dueFiltered(i), i), groups }
  }
  h['due.export'] = (i) => ({ fileName: '十字村待检名单.xlsx', fileId: 'cloud://exports/due.xlsx', url: 'https://tmp.example/due.xlsx', rows: dueFiltered(i).length })

  h['proof.list'] = (i) => page(s.proofs.filter((p) => p.status === (i.status ?? 'pending')).map((p) => ({ ...p })), i)
  h['proof.decide'] = (i) => {
    const p = s.proofs.find((x) => x.id === i.proofId)
    if (!p) return { __error: 'NOT_FOUND' }
    if (p.status !== 'pending') return { __error: 'PROOF_STATE' }
    Object.assign(p, { status: i.outcome, reason: i.outcome === 'rejected' ? i.reason : null, decidedAt: '2026-11-24T02:00:00.000Z', decidedByName: be.me.name })
    return { proof: { ...p } }
  }

  h['savings.get'] = (i) => {
    const a = s.assumptions
    const perHouseholdRoundFen = Math.round(a.perVillageRoundFen / a.householdsPerVillage)
    const tripsFen = s.counts.tripsAvoided * a.perTripFen
    const roundsFen = s.counts.roundsAvoided * perHouseholdRoundFen
    return {
      year: i.year ?? 2026, assumptions: { ...a, perHouseholdRoundFen }, ...s.counts, tripsFen, roundsFen, totalFen: tripsFen + roundsFen,
      formula: {
        trips: `免去往返 ${s.counts.tripsAvoided} 次 × ${a.perTripFen / 100} 元`,
        rounds: `减少检查 ${s.counts.roundsAvoided} 户次 × ${perHouseholdRoundFen / 100} 元`,
        perHouseholdRound: `${a.perVillageRoundFen / 100} 元 ÷ ${a.householdsPerVillage} 户`,
        total: '两项相加',
      },
      villages: [{ id: 'v1', name: '十字村', households: 29, tripsAvoided: s.counts.tripsAvoided, roundsAvoided: s.counts.roundsAvoided, totalFen: tripsFen + roundsFen }],
    }
  }
  h['savings.assumptions.update'] = (i) => {
    s.assumptions = { ...i, updatedAt: '2026-11-24T03:00:00.000Z', updatedBy: be.me.name }
    return { assumptions: { ...s.assumptions, perHouseholdRoundFen: Math.round(i.perVillageRoundFen / i.householdsPerVillage) } }
  }
  return s
}
