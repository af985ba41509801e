import { checkEvent, EVENT_LIMITS, EVENT_MESSAGES } from './event-guard'

/** `{ a: { a: … { a: leaf } } }`, `depth` objects deep, built without recursion. */
function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

const call = (input: unknown, extra: Record<string, unknown> = {}) => ({ action: 'household.get', input, requestId: '3f2a0c1e-8d4b-4c6a-9e1f-2b7d5a9c0e11', ...extra })

describe('checkEvent', () => {
  it('lets an ordinary call through, Chinese text, emoji and a 20,000-character document body included', () => {
    expect(checkEvent(call({ name: '王秀英', note: '在外务工 👷‍♀️', tags: ['a', 1, true, null], when: { day: '2026-11-24' } }))).toBeNull()
    expect(checkEvent(call({ body: '诚'.repeat(20000) }))).toBeNull()
    expect(checkEvent({})).toBeNull()
    expect(checkEvent(undefined)).toBeNull()
  })

  it('refuses JSON nested deeper than the limit as a field, as input and beside input', () => {
    for (const event of [call({ note: nested(10000) }), call(nested(10000)), call({}, { extra: nested(10000) })]) {
      expect(checkEvent(event)).toEqual({ field: expect.any(String), message: EVENT_MESSAGES.depth })
    }
    expect(checkEvent(call({ note: nested(10000) }))?.field).toMatch(/^input\.note\.a\.a/)
    expect(checkEvent(call({}, { extra: nested(10000) }))?.field).toMatch(/^extra\./)
  })

  it('counts arrays as levels too, and allows exactly the limit', () => {
    let arrays: unknown = 'x'
    for (let i = 0; i < 10000; i++) arrays = [arrays]
    expect(checkEvent({ input: arrays })?.message).toBe(EVENT_MESSAGES.depth)
    expect(checkEvent(nested(EVENT_LIMITS.maxDepth))).toBeNull()
    expect(checkEvent(nested(EVENT_LIMITS.maxDepth + 1))?.message).toBe(EVENT_MESSAGES.depth)
  })

  it('refuses text holding U+FFFD (bytes that were not UTF-8) or a lone surrogate, in values and in keys', () => {
    expect(checkEvent(call({ name: 'ab\ufffdc' }))).toEqual({ field: 'input.name', message: EVENT_MESSAGES.text })
    expect(checkEvent(call({ name: 'ab\ud800' }))).toEqual({ field: 'input.name', message: EVENT_MESSAGES.text })
    expect(checkEvent(call({ name: '\udc00x' }))).toEqual({ field: 'input.name', message: EVENT_MESSAGES.text })
    expect(checkEvent(call({ list: ['ok', 'x\ud83d'] }))).toEqual({ field: 'input.list.1', message: EVENT_MESSAGES.text })
    expect(checkEvent(call({ ['k\ud800']: 1 }))).toEqual({ field: 'input.k\ud800', message: EVENT_MESSAGES.text })
    expect(checkEvent({ action: '\ufffd' })).toEqual({ field: 'action', message: EVENT_MESSAGES.text })
    expect(checkEvent('\ud800')).toEqual({ field: 'event', message: EVENT_MESSAGES.text })
  })

  it('refuses an event over the size cap, counting UTF-8 bytes, wide or long alike', () => {
    const cap = EVENT_LIMITS.maxBytes
    expect(checkEvent(call({ body: 'x'.repeat(cap) }))).toEqual({ field: 'input', message: EVENT_MESSAGES.size })
    expect(checkEvent(call({ body: '诚'.repeat(Math.ceil(cap / 3) + 1) }))?.message).toBe(EVENT_MESSAGES.size)
    expect(checkEvent(call(new Array(cap).fill(0)))?.message).toBe(EVENT_MESSAGES.size)
    expect(checkEvent(call(Object.fromEntries(Array.from({ length: cap / 8 }, (_, i) => [`k${i}`, 1]))))).toEqual({ field: 'input', message: EVENT_MESSAGES.size })
  })

  it('walks without recursion: a million levels answers, it does not overflow the stack', () => {
    expect(checkEvent(nested(1_000_000))?.message).toBe(EVENT_MESSAGES.depth)
  })

  it('takes other limits', () => {
    expect(checkEvent(nested(3), { maxDepth: 2, maxBytes: 1000 })?.message).toBe(EVENT_MESSAGES.depth)
    expect(checkEvent({ a: 'xxxx' }, { maxDepth: 2, maxBytes: 5 })?.message).toBe(EVENT_MESSAGES.size)
  })
})
