// Demo check-ups: the township's sites, a week of slots from today for 十字村 and 百子村,
// and the bookings attended earlier this year, so plans show progress and the due list has
// both due and overdue households. Proportional to the seed's size (the full township gets
// about three attended check-ups in four households a quarter) and fast to build.
import { beijingInstant, addDays, weekday } from '@chengxin/shared/src/domain/checkup-slots'
import { periodBounds, planPeriod } from '@chengxin/shared/src/domain/checkup-plan'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import type { BookingDoc, SiteDoc, SlotDoc } from '@chengxin/shared/src/server/checkup-documents'
import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import { prng } from './names'
import { TOWNSHIP } from './villages'

type Docs = Array<Record<string, unknown> & { _id: string }>

const SITES: Array<Omit<SiteDoc, 'createdAt'>> = [
  { _id: 'site-town', townshipId: TOWNSHIP._id, name: '十字镇卫生院家庭医生服务站', address: '十字镇人民路18号（镇卫生院门诊楼一楼东侧）', location: { latitude: 31.7712, longitude: 117.1863 }, active: true },
  { _id: 'site-shizi', townshipId: TOWNSHIP._id, name: '十字村卫生室', address: '十字镇十字村村委会东侧50米', location: { latitude: 31.7795, longitude: 117.1751 }, active: true },
  { _id: 'site-baizi', townshipId: TOWNSHIP._id, name: '百子村卫生室', address: '十字镇百子村老街12号（百子小学对面）', location: { latitude: 31.7580, longitude: 117.2034 }, active: true },
]

/** The demo households whose journeys and tests start from an open current period. */
const QUIET = 10
const CAPACITY = 200

function slot(id: string, site: Omit<SiteDoc, 'createdAt'>, villageIds: string[], day: string, start: string, end: string, capacity: number, now: Date, townshipId = TOWNSHIP._id): SlotDoc {
  return {
    _id: id, townshipId, siteId: site._id, siteName: site.name, villageIds, day,
    startsAt: beijingInstant(day, start), endsAt: beijingInstant(day, end), capacity, taken: 0, status: 'open',
    closedReason: null, createdBy: 'seed', createdAt: now, requestId: `seed-${id}`,
  }
}

/** Monday to Saturday from today: mornings at the township station, afternoons at the two village clinics. */
function weekAhead(today: string, now: Date): SlotDoc[] {
  const [town, shizi, baizi] = SITES
  const out: SlotDoc[] = []
  for (let i = 0; i < 7; i++) {
    const day = addDays(today, i)
    if (weekday(day) === 7) continue
    out.push(slot(`seed-slot-${day}-town`, town, ['v-shizi', 'v-baizi'], day, '08:30', '11:30', 30, now))
    if (weekday(day) % 2 === 0) out.push(slot(`seed-slot-${day}-shizi`, shizi, ['v-shizi'], day, '14:30', '16:30', 10, now))
    else out.push(slot(`seed-slot-${day}-baizi`, baizi, ['v-baizi'], day, '14:30', '16:30', 10, now))
  }
  return out
}

export function demoCheckups(villages: VillageDoc[], households: HouseholdDoc[], now: Date): Record<'checkup_sites' | 'checkup_slots' | 'bookings', Docs> {
  const rand = prng(20261231)
  const today = businessDay(now)
  const year = Number(today.slice(0, 4))
  const current = planPeriod(today, 4)
  const periods = [1, 2, 3, 4].map((i) => `${year}P${i}`).filter((p) => p <= current)
  const slots = weekAhead(today, now)
  const bookings: BookingDoc[] = []

  // Grouped once: filtering every household per village made a county's seed quadratic.
  const byVillage = new Map<string, HouseholdDoc[]>(villages.map((v) => [v._id, []]))
  for (const h of households) byVillage.get(h.villageId)?.push(h)
  for (const v of villages) {
    const mine = byVillage.get(v._id)!
    for (const period of periods) {
      const { first } = periodBounds(period, 4)
      const dayOf: string[] = []
      const past: SlotDoc[] = []
      let count = 0
      mine.forEach((h, n) => {
        const isCurrent = period === current
        // Household 001 of each village: P1 and P2 done, P3 missed (overdue), P4 still due.
        const attended = n === 0 ? period < `${year}P3` : isCurrent ? n >= QUIET && rand() < 0.3 : rand() < 0.75
        if (!attended) return
        // A slot of 200 places a fortnight into the period, then one a week; only on days gone by.
        const k = Math.floor(count / CAPACITY)
        const day = (dayOf[k] ??= addDays(first, 14 + 7 * k))
        if (day >= today) return
        count++
        if (!past[k]) past.push(slot(`seed-past-${v._id}-${period}-${k + 1}`, SITES[0], [v._id], day, '08:30', '11:30', CAPACITY, now, v.townshipId))
        const s = past[k]
        s.taken++
        const atHome = h.members.filter((m) => !m.workingAway)
        const member = atHome[Math.floor(rand() * atHome.length)] ?? h.members[0]
        bookings.push({
          _id: `${member.id}#${period}`, householdId: h._id, villageId: v._id, groupId: h.groupId, memberId: member.id, memberName: member.name,
          period, slotId: s._id, siteName: s.siteName, day, startsAt: s.startsAt, status: 'attended',
          code: `SEED${String(bookings.length).padStart(6, '0')}`, releaseSlotId: null, remindedAt: null,
          markedBy: '村专干', markedAt: s.endsAt, createdAt: new Date(s.startsAt.getTime() - 7 * 86400000), updatedAt: s.endsAt, requestId: `seed-${member.id}-${period}`,
        })
      })
      slots.push(...past)
    }
  }
  return {
    checkup_sites: SITES.map((s) => ({ ...s, createdAt: now })) as unknown as Docs,
    checkup_slots: slots as unknown as Docs,
    bookings: bookings as unknown as Docs,
  }
}
