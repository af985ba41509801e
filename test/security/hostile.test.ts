// Property tests: hostile input to every action, starting from its valid sample (samples.ts)
// and breaking it: wrong types, missing and extra keys, huge strings, deep nesting,
// `__proto__` and `constructor` keys, lone surrogates, NaN and infinities, garbage dates,
// query operators where values go. Whatever comes in, the answer is the envelope: ok, or an
// error with a code of the closed set (never INTERNAL, never a failed invocation), and a
// refusal stores nothing. A fixed seed per action keeps every run the same.
import { randomUUID } from 'crypto'
import fc from 'fast-check'
import { ACTIONS, ERROR_CODES, type ActionName } from '../../shared/src/api'
import { ACCESS, accessRules } from '../../shared/src/api/access'
import type { Emulator } from '../../emulator-app/start'
import { CALLERS, lasting, onlyReadLog, photoOf, targetHousehold, useTargets, type Caller, type RoleName } from './targets'
import { sampleBuilds } from './samples'

jest.setTimeout(180_000)

const RUNS = 40
const NAMES = Object.keys(ACTIONS) as ActionName[]

/** A caller the action admits, so hostile input reaches past the role check into the action. */
function callerFor(name: ActionName, variant: string | null): Caller {
  const rule = accessRules(ACCESS[name]).find(([v]) => v === variant)![1]
  if (rule.audience === 'anyone') return CALLERS['resident head']
  const order: RoleName[] = ['resident head', 'cadre', 'township officer', 'panel member']
  return CALLERS[order.find((r) => CALLERS[r].roles.some((role) => (rule.audience as string[]).includes(role)))!]
}

const deep = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : depth % 2 ? [deep(depth - 1, leaf)] : { a: deep(depth - 1, leaf) })

/** Values nothing should choke on. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, undefined, true, 0, -1, -0, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, -1e308, 1e308,
    '', ' ', '\u0000', '\uD800', 'a\uDFFFb', '😀'.repeat(3), 'x'.repeat(100_000), '${7*7}', '../../etc/passwd', '.*',
    '2026-02-30', '9999-99-99', '2026-13-01T25:61', 'Invalid Date', '1e999', '0x10', '__proto__', 'constructor',
    [], [null], {}, { $gt: '' }, { $ne: null }, { $where: 'true' }, { $regex: '.*' },
    JSON.parse('{"__proto__":{"polluted":true}}'), { constructor: { prototype: { polluted: true } } },
    deep(64, 'x'), deep(400, 1),
  ),
  // Well-formed ids that name the wrong thing, or an object's own machinery.
  fc.constantFrom<unknown>(
    'toString', 'valueOf', 'hasOwnProperty', 'h-baizi-001', 'h-shizi-002', 'v-baizi', 'v-shizi', 'h-baizi-001:e1', 'h-baizi-001:v1',
    'h-baizi-001-m1', 'h-baizi-001-m1#2026P4', 'a#b', '.', '..', ':', 'a'.repeat(64), 'a'.repeat(65), 50, 51, 100_000, 100_001,
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
)

/** One way of breaking a valid input. */
function broken(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid)
  const anyKey = keys.length ? fc.constantFrom(...keys) : fc.constant('x')
  const strange = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', 'toString', '', 'a.b', '_id'), fc.string({ maxLength: 8 }))
  return fc.oneof(
    hostile, // the whole input
    fc.tuple(anyKey, hostile).map(([k, v]) => ({ ...valid, [k]: v })), // one field
    fc.tuple(anyKey, anyKey, hostile, hostile).map(([k1, k2, v1, v2]) => ({ ...valid, [k1]: v1, [k2]: v2 })),
    anyKey.map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))), // a missing field
    fc.tuple(strange, hostile).map(([k, v]) => Object.defineProperty({ ...valid }, k, { value: v, enumerable: true })), // an extra one
    anyKey.map((k) => ({ ...valid, [k]: [valid[k]] })), // an array where a value goes
    fc.constant([valid]),
  )
}

const FUNCTIONS = [...new Set(Object.values(ACTIONS).map((s) => s.fn))]
/** Names every object answers to, and every real action (sent to each function, most are another's). */
const actionName = fc.oneof(
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'then', ...NAMES),
  hostile,
)

const seedOf = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 20261129)

describe('hostile input', () => {
  const { state: s, fresh } = useTargets()

  /** The answer is the envelope; a refusal (and a read) stores nothing but the read log. */
  async function expectEnvelope(out: Awaited<ReturnType<Emulator['call']>>, mutation: boolean) {
    try {
      expect(out.error).toBeUndefined()
      const res = out.result
      if (res?.ok === true) {
        expect(res).toHaveProperty('data')
        if (!mutation) expect(onlyReadLog(s.writes)).toBe(true)
      } else {
        expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) })
        expect(ERROR_CODES).toContain(res.error.code)
        expect(res.error.code).not.toBe('INTERNAL')
        expect(lasting(s.writes)).toEqual([])
      }
    } finally {
      if (s.writes.length) await fresh()
    }
  }

  it.each(NAMES)('%s answers hostile input with the envelope and stores nothing when it refuses', async (name) => {
    const spec = ACTIONS[name]
    for (const [variant, build] of sampleBuilds(name)) {
      const caller = callerFor(name, variant)
      const valid = build(s.targets[targetHousehold(caller, 'own household')], { photo: () => photoOf(s.emu, caller.openid) }) as Record<string, unknown>
      await fc.assert(fc.asyncProperty(broken(valid), async (input) => {
        const out = await s.emu.call(spec.fn, { action: name, input, requestId: spec.mutation ? randomUUID() : undefined }, caller.openid)
        await expectEnvelope(out, spec.mutation)
      }), { seed: seedOf(`${name}${variant ?? ''}`), numRuns: RUNS })
    }
  })

  it.each(FUNCTIONS)('the %s function answers a hostile envelope with the envelope', async (fn) => {
    const envelope = fc.oneof(
      hostile,
      fc.record({ action: actionName, input: hostile, requestId: fc.oneof(fc.uuid(), hostile) }, { requiredKeys: ['action'] }),
    )
    await fc.assert(fc.asyncProperty(envelope, async (data) => {
      const action = (data as { action?: unknown } | null)?.action
      const mutation = typeof action === 'string' && (ACTIONS as Record<string, { mutation: boolean }>)[action]?.mutation === true
      await expectEnvelope(await s.emu.call(fn, data, CALLERS.cadre.openid), mutation)
    }), { seed: seedOf(fn), numRuns: RUNS })
  })
})
