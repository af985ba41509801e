// The kit's promises about a change's requestId, through the real handler and the emulator:
// it belongs to whoever sent it first, every concurrent twin gets the first answer, and a
// change whose function dies before its record is complete is finished, notifications included.
import { randomUUID } from 'crypto'
import { snapshot, useEmulator } from '../../test/support/actions'
import { actions, addSlot, BAIZI, HEAD, HH, M2, OTHER_CADRE, patch, SPOUSE, taken } from './booking-fixtures'

jest.setTimeout(120_000)
const t = useEmulator({ maxInstances: 8 })
const a = actions(t)
const record = (requestId: string) => t.findOne('audit', { _id: requestId })
const relay = async () => {
  const out = await t.emu.runner.fireTimer('notify', 'relay')
  if (out.error) throw new Error(out.error.errMsg)
}
/** Fires a function's `recover` timer, as the cloud does every five minutes. */
const recover = async (fn: string) => {
  const out = await t.emu.runner.fireTimer(fn, 'recover')
  if (out.error) throw new Error(out.error.errMsg)
  return (out.result as { data: Record<string, number> }).data
}
/** Time passes: the dead invocation's lease on its change runs out. */
const expireLease = (requestId: string) => patch(t, 'audit', requestId, { leaseUntil: new Date(Date.now() - 1000) })

describe('a requestId belongs to the caller who first sent it', () => {
  it('refuses anyone else who sends it, with nothing of the first answer, and changes nothing', async () => {
    const requestId = randomUUID()
    const input = { householdId: 'h-shizi-002', label: '新户名' }
    const first = await t.change('o-cadre-shizi', 'household', 'household.update', input, requestId)
    expect(first.ok).toBe(true)
    const before = snapshot(t.emu)
    for (const stranger of ['o-stranger-x', HEAD, OTHER_CADRE, BAIZI]) {
      const res = await t.change(stranger, 'household', 'household.update', input, requestId)
      expect(res).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(IDEMPOTENCY_CONFLICT|NOT_SIGNED_IN|FORBIDDEN_ROLE)$/) } })
      expect(JSON.stringify(res)).not.toContain('新户名')
      expect(res.data).toBeUndefined()
    }
    expect(snapshot(t.emu)).toBe(before)
    // The one who sent it still gets their answer.
    expect(await t.change('o-cadre-shizi', 'household', 'household.update', input, requestId)).toMatchObject({ ok: true, data: first.data })
  })

  it('refuses the same caller sending other input under it', async () => {
    const slot = addSlot(t)
    const requestId = randomUUID()
    expect((await a.book(HEAD, slot._id, M2, {}, requestId)).ok).toBe(true)
    const before = snapshot(t.emu)
    expect((await a.book(HEAD, slot._id, 'h-shizi-001-m1', {}, requestId)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
    expect((await a.book(SPOUSE, slot._id, M2, {}, requestId)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
    expect(snapshot(t.emu)).toBe(before)
  })
})

describe('concurrent twins', () => {
  it('all get the first answer when 20 copies of one booking arrive at once', async () => {
    const slot = addSlot(t)
    const requestId = randomUUID()
    const answers = await Promise.all(Array.from({ length: 20 }, () => a.book(HEAD, slot._id, M2, {}, requestId)))
    const first = answers.find((r) => r.ok)
    expect(first).toBeDefined()
    for (const r of answers) expect({ ok: r.ok, data: r.data, error: r.error }).toEqual({ ok: true, data: first!.data, error: undefined })
    expect(taken(t, slot._id)).toBe(1)
    expect(t.find('bookings', { requestId })).toHaveLength(1)
    expect(record(requestId)).toMatchObject({ state: 'done', response: { ok: true } })
    expect(record(requestId).sealedInput).toBeUndefined()
  })
})

describe('a change whose function dies before its record is complete', () => {
  const completing = (params: Record<string, unknown>) => params.action === 'database.modifyDocument' && params.collectionName === 'audit'
  /** Books a slot with a function that dies just before completing the change's record. */
  const crashedBooking = async () => {
    const slot = addSlot(t)
    const requestId = randomUUID()
    const crashed = t.emu.crashBefore(completing)
    const dead = await t.emu.call('booking', { action: 'booking.create', input: { slotId: slot._id, memberId: M2 }, requestId }, HEAD)
    await crashed
    expect(dead.error?.errMsg).toMatch(/stopped/)
    return { slot, requestId }
  }

  it('is finished by the recover timer: the record, the first answer and the notification', async () => {
    const { slot, requestId } = await crashedBooking()
    // The change itself is stored; its record is still pending, with the input sealed.
    const [booking] = t.find('bookings', { requestId })
    expect(booking).toMatchObject({ householdId: HH, memberId: M2, status: 'booked' })
    expect(record(requestId)).toMatchObject({ state: 'pending', action: 'booking.create', response: null, outboxPending: false })
    expect(record(requestId).sealedInput).not.toContain(slot._id)

    // Before the lease runs out the timer leaves it alone (the function might still be running).
    expect(await recover('booking')).toEqual({ recovered: 0, refused: 0, failed: 0 })
    expireLease(requestId)
    expect(await recover('booking')).toEqual({ recovered: 1, refused: 0, failed: 0 })
    expect(taken(t, slot._id)).toBe(1)
    expect(t.find('bookings', { slotId: slot._id })).toHaveLength(1)
    const done = record(requestId)
    expect(done).toMatchObject({ state: 'done', response: { ok: true, data: { booking: { id: booking._id } } }, outboxPending: true, target: { id: booking._id } })
    expect(done.sealedInput).toBeUndefined()
    expect(done.outbox[0]).toMatchObject({ template: 'booking-confirmed', to: { householdId: HH } })

    await relay()
    expect(t.find('inbox', { openid: HEAD }).some((m: { template: string }) => m.template === 'booking-confirmed')).toBe(true)
    // The client's late retry gets the same first answer.
    expect((await a.book(HEAD, slot._id, M2, {}, requestId)).data).toEqual(done.response.data)
  })

  it('is finished by the client retrying once the lease has run out, without booking twice', async () => {
    const { slot, requestId } = await crashedBooking()
    expireLease(requestId)
    const retry = await a.book(HEAD, slot._id, M2, {}, requestId)
    expect(retry).toMatchObject({ ok: true, data: { booking: { memberId: M2, status: 'booked' } } })
    expect(taken(t, slot._id)).toBe(1)
    expect(record(requestId)).toMatchObject({ state: 'done', outboxPending: true })
    expect(await recover('booking')).toEqual({ recovered: 0, refused: 0, failed: 0 })
  })

  it('answers a retry that comes while the first is still within its lease: in progress, nothing run twice', async () => {
    const { slot, requestId } = await crashedBooking()
    // The first invocation may still be running: the retry waits a few seconds for it, then says so.
    patch(t, 'audit', requestId, { leaseUntil: new Date(Date.now() + 60 * 60_000) })
    const retry = await a.book(HEAD, slot._id, M2, {}, requestId)
    expect(retry.error?.code).toBe('REQUEST_IN_PROGRESS')
    expect(taken(t, slot._id)).toBe(1)
    expect(record(requestId).state).toBe('pending')
  })

  it('is settled as refused, sending nothing, when its caller may no longer make it', async () => {
    const { requestId } = await crashedBooking()
    patch(t, 'accounts', HEAD, { roles: [] })
    expireLease(requestId)
    expect(await recover('booking')).toEqual({ recovered: 0, refused: 1, failed: 0 })
    expect(record(requestId)).toMatchObject({ state: 'done', response: { ok: false, error: { code: 'FORBIDDEN_ROLE' } }, outbox: [], outboxPending: false })
    expect(record(requestId).sealedInput).toBeUndefined()
    expect(await recover('booking')).toEqual({ recovered: 0, refused: 0, failed: 0 })
  })

  it('leaves no record when the change is refused', async () => {
    const slot = addSlot(t, { capacity: 0 })
    const before = snapshot(t.emu)
    const res = await a.book(HEAD, slot._id, M2)
    expect(res.error?.code).toBe('SLOT_FULL')
    expect(snapshot(t.emu)).toBe(before)
  })
})
