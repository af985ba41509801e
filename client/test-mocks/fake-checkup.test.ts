// The check-up fake is one backend: what the resident side changes is what the cadre side
// reads, and the other way round. Calls go through the app's own call() and the fake
// backend's schema checks, the way the pages make them.
import type { ActionName, InputOf, OutputOf } from '@chengxin/shared/src/api'
import { call } from '../src/services/cloud'
import { installFakeBackend, makeMe } from './fake-backend'
import { installCheckup, NOW } from './fake-checkup'
import { taroMock } from './taro'

const resident = makeMe()
const cadre = makeMe({ name: '李村专干', roles: ['cadre'], household: null })

// Only Date is faked: the seeded slots lie ahead of NOW.
beforeAll(() => jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask'] }))
afterAll(() => jest.useRealTimers())
beforeEach(() => taroMock.reset())

function world() {
  const be = installFakeBackend({ me: resident })
  const state = installCheckup(be)
  /** Calls `action` as `who` and answers its data (a refusal fails the test with its code). */
  async function as<A extends ActionName>(who: typeof resident, action: A, input: InputOf<A>, requestId?: string): Promise<OutputOf<A>> {
    be.me = who
    const r = await call(action, input, { requestId })
    if (!r.ok) throw new Error(`${action} refused: ${r.error.code}`)
    return r.data
  }
  return { be, state, as }
}

describe('one check-up backend for both sides', () => {
  it('shows the cadre the booking a resident made, and the resident the attendance the cadre marked', async () => {
    const { as } = world()
    const { booking } = await as(resident, 'booking.create', { slotId: 's1', memberId: 'm2' })

    const day = await as(cadre, 'slot.bookings', { slotId: 's1' })
    expect(day.items).toEqual([expect.objectContaining({ id: booking!.id, memberName: '王小芳', groupId: 'g1', status: 'booked', code: booking!.code })])
    expect(day.slot.taken).toBe(4)
    const slots = await as(cadre, 'slot.list', {})
    expect(slots.items.find((x) => x.id === 's1')).toMatchObject({ taken: 4, placesLeft: 6 })

    // On the slot's day the cadre scans the code the resident's booking shows.
    jest.setSystemTime(new Date('2026-11-12T01:30:00.000Z'))
    await as(cadre, 'attendance.mark', { code: booking!.code, outcome: 'attended' })
    const mine = await as(resident, 'booking.mine', {})
    expect(mine.items.find((b) => b.id === booking!.id)!.status).toBe('attended')
    const plan = await as(resident, 'plan.mine', {})
    expect(plan.done).toBe(2) // the summer check-up and this one
    jest.setSystemTime(NOW)
  })

  it('puts a proof the resident submits in the cadre’s queue, and the cadre’s decision in proof.mine', async () => {
    const { as, state } = world()
    const { cloudPath } = await as(resident, 'proof.uploadPath', {})
    const { fileID } = await taroMock.cloud!.uploadFile!({ cloudPath, filePath: 'wxfile://temp/certificate.jpg' })
    const { proof } = await as(resident, 'proof.submit', { memberId: 'm3', clinicName: '杭州市西湖区社区卫生服务中心', checkupDay: '2026-11-02', fileId: fileID })
    expect((await as(resident, 'proof.mine', {})).members).toEqual([expect.objectContaining({ memberId: 'm3', canSubmit: false })])

    const queue = await as(cadre, 'proof.list', {})
    expect(queue.items.map((p) => [p.id, p.memberName, p.status])).toEqual([[proof.id, '王强', 'pending']])
    await as(cadre, 'proof.decide', { proofId: proof.id, outcome: 'verified' })

    const after = await as(resident, 'proof.mine', {})
    expect(after.proofs).toEqual([expect.objectContaining({ id: proof.id, status: 'verified', decidedByName: '李村专干' })])
    expect(after.members[0].canSubmit).toBe(true)
    const plan = await as(resident, 'plan.mine', {})
    expect(plan.workingAway).toEqual([expect.objectContaining({ memberId: 'm3', verified: 1, pending: 0, due: 1 })])
    expect(plan.done).toBe(2) // the summer check-up and the verified proof
    expect(state.proofs).toHaveLength(1)
  })

  it('answers a change retried with the same requestId as the first time, without doing it twice', async () => {
    const { as, state } = world()
    const first = await as(resident, 'booking.create', { slotId: 's3', memberId: 'm1' }, 'retry-1')
    const again = await as(resident, 'booking.create', { slotId: 's3', memberId: 'm1' }, 'retry-1')
    expect(again).toEqual(first)
    expect(state.slots.find((x) => x.id === 's3')!.taken).toBe(4)
    await expect(as(resident, 'booking.create', { slotId: 's1', memberId: 'm1' }, 'retry-1')).rejects.toThrow('IDEMPOTENCY_CONFLICT')
  })
})
