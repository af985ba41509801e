// The storm: hundreds of people booking the same few slots at the same moment.
import { randomUUID } from 'crypto'
import { CHANGE_ROUND_TRIP_BUDGET, useEmulator, type Called } from '../../test/support/actions'
import { actions, addSlot } from './booking-fixtures'

// Several instances of the function, as the cloud scales it: races are real, not taken in turn.
const t = useEmulator({ maxInstances: 8 })
const a = actions(t)
const HOUSEHOLDS = 130
const MEMBERS = 4 // 520 people
const SLOTS = 5
const CAPACITY = 20

/** 130 households of 十字村 with four members each, every one with a bound head. */
function crowd(): Array<{ openid: string; memberId: string }> {
  const now = new Date()
  const people: Array<{ openid: string; memberId: string }> = []
  for (let h = 0; h < HOUSEHOLDS; h++) {
    const hh = `h-storm-${h}`
    const members = Array.from({ length: MEMBERS }, (_, m) => ({
      id: `${hh}-m${m + 1}`, name: `村民${h}-${m + 1}`, relation: m ? '子' : '户主', isHead: m === 0, workingAway: null, idMasked: null, idHash: null,
    }))
    t.emu.wire.db.collection('households').insertOne({ _id: hh, villageId: 'v-shizi', groupId: 'v-shizi-g1', label: `村民${h}户`, members, managementType: 'contract', archived: false, createdAt: now })
    t.emu.wire.db.collection('accounts').insertOne({
      _id: `o-storm-${h}`, name: `村民${h}-1`, roles: ['resident'], townshipId: 't-shizi', townshipName: '十字镇', villageId: 'v-shizi', villageName: '十字村',
      householdId: hh, householdLabel: `村民${h}户`, groupName: '一组', memberId: members[0].id, isHead: true, privacyConsent: null, createdAt: now, updatedAt: now,
    })
    for (const m of members) people.push({ openid: `o-storm-${h}`, memberId: m.id })
  }
  return people
}

it(`books exactly the capacity when ${HOUSEHOLDS * MEMBERS} people book ${SLOTS} slots of ${CAPACITY} at once; everyone else gets a clear answer`, async () => {
  const slots = Array.from({ length: SLOTS }, () => addSlot(t, { capacity: CAPACITY }))
  const calls = crowd().map((p, i) => ({ ...p, slotId: slots[i % SLOTS]._id, joinWaitlist: i % 2 === 0, requestId: randomUUID() }))
  const started = Date.now()
  const answers = await Promise.all(calls.map((c) => a.book(c.openid, c.slotId, c.memberId, { joinWaitlist: c.joinWaitlist }, c.requestId)))
  console.log(`[storm] ${calls.length} bookings in ${Date.now() - started} ms`)

  const kinds = answers.map((r) => (r.ok ? (r.data.waitlisted ? 'waitlisted' : 'booked') : r.error!.code))
  const count = (k: string) => kinds.filter((x) => x === k).length
  expect(new Set(kinds)).toEqual(new Set(['booked', 'waitlisted', 'SLOT_FULL']))
  expect(count('booked')).toBe(SLOTS * CAPACITY)
  for (const slot of slots) {
    expect(t.findOne('checkup_slots', { _id: slot._id }).taken).toBe(CAPACITY)
    expect(t.find('bookings', { slotId: slot._id, status: 'booked' })).toHaveLength(CAPACITY)
  }
  // Nobody booked twice; the answers name the stored bookings.
  const ours = { slotId: { $in: slots.map((s) => s._id) } } // the demo seed holds attended bookings of its own
  const stored = t.find('bookings', ours)
  expect(new Set(stored.map((b) => b.memberId)).size).toBe(stored.length)
  expect(stored.map((b) => b._id).sort()).toEqual(answers.filter((r) => r.ok && r.data.booking).map((r) => r.data.booking.id).sort())
  // Those who asked to wait are in line; the others were told the slot is full.
  calls.forEach((c, i) => {
    if (kinds[i] === 'waitlisted') expect(c.joinWaitlist).toBe(true)
    if (kinds[i] === 'SLOT_FULL') expect(c.joinWaitlist).toBe(false)
  })
  expect(t.find('waitlist', { status: 'waiting' })).toHaveLength(count('waitlisted'))
  for (const r of answers.filter((x) => x.ok && x.data.waitlisted)) expect(r.data.position).toBeGreaterThanOrEqual(1)
  expect(Math.max(...answers.map((r: Called) => r.roundTrips))).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)

  // Retries of every kind of answer, again all at once: each gets its first answer, nothing changes.
  const sample = calls.map((c, i) => ({ c, first: answers[i] })).filter((_, i) => i % 13 === 0)
  const retried = await Promise.all(sample.map(({ c }) => a.book(c.openid, c.slotId, c.memberId, { joinWaitlist: c.joinWaitlist }, c.requestId)))
  retried.forEach((r, i) => {
    const first = sample[i].first
    expect(r.ok).toBe(first.ok)
    if (first.ok) expect(r.data).toEqual(first.data)
    else expect(r.error?.code).toBe(first.error?.code)
  })
  expect(new Set(sample.map((s) => (s.first.ok ? (s.first.data.waitlisted ? 'w' : 'b') : 'f'))).size).toBe(3)
  for (const slot of slots) expect(t.findOne('checkup_slots', { _id: slot._id }).taken).toBe(CAPACITY)
  expect(t.find('bookings', ours)).toHaveLength(SLOTS * CAPACITY)
  expect(t.find('audit', { action: 'booking.create' })).toHaveLength(count('booked') + count('waitlisted'))
}, 180_000)
