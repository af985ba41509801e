// An in-memory stand-in for the cloud functions, installed as Taro.cloud, so component tests
// assert what the user sees after real state changes rather than which mocks were called.
// Every request and every answer passes through the action's own zod schemas (ACTIONS): a page
// sending what the server would refuse, or a fake answering what the server never would, fails
// the test — so the fakes (this one, fake-checkup.ts, fake-resident.ts) cannot
// drift from the contract.
import type { z } from 'zod'
import { ACTIONS, type ActionName, type CommitmentView, type OutputOf, type WhoamiOutput } from '@chengxin/shared/src/api'
import { ERROR_MESSAGES, type ErrorCode } from '@chengxin/shared/src/api/errors'
import { taroMock } from './taro'

export const HASH = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90'

export function makeMe(over: Partial<WhoamiOutput> = {}): WhoamiOutput {
  return {
    openidTail: 'x1y2',
    bound: true,
    name: '王大山',
    roles: ['resident'],
    township: { id: 'tw1', name: '十字镇' },
    village: { id: 'v1', name: '十字村' },
    household: { id: 'h1', label: '王大山户', groupName: '一组', isHead: true, memberId: 'm1' },
    privacyConsent: { version: '2026-11', at: '2026-11-01T00:00:00.000Z' },
    panelGroups: [],
    ...over,
  }
}

export function makeCommitment(over: Partial<CommitmentView> = {}): CommitmentView {
  return {
    id: 'c1',
    villageName: '十字村',
    householdLabel: '王大山户',
    groupName: '一组',
    title: '十字村双向承诺书',
    templateVersion: 2,
    villageItems: [{ id: 'v-1', text: '按时兑现奖励优惠待遇' }],
    householdItems: [{ id: 'h-1', text: '按约参加免费健康服务' }],
    contentHash: HASH,
    status: 'awaiting-household',
    householdSignature: null,
    villageSignature: null,
    ...over,
  }
}

/** A fake action: takes the input as the action's schema parsed it, answers the output or `{ __error }`. */
export type Handlers = { [A in ActionName]?: (input: z.output<(typeof ACTIONS)[A]['input']>, requestId: string) => unknown }

/** A refusal: the error code (and field messages) the real function would answer. */
export type Refusal = { __error: ErrorCode; __fields?: Record<string, string> }
export const refuse = (code: ErrorCode, fields?: Record<string, string>): Refusal => ({ __error: code, ...(fields ? { __fields: fields } : {}) })
/** Fake actions typed both ways: the input as its schema parsed it, the answer its output schema describes (or a refusal). */
export type Fakes = { [A in ActionName]?: (input: z.output<(typeof ACTIONS)[A]['input']>) => OutputOf<A> | Refusal }

/**
 * The server kit's idempotency: a change retried with the same requestId answers what it
 * answered the first time (without changing anything again), the same requestId with other
 * input is IDEMPOTENCY_CONFLICT, and a refused change stores nothing, so its retry runs afresh.
 */
export function replayingChanges(fakes: Fakes): Handlers {
  const replies = new Map<string, { input: string; answer: unknown }>()
  const out: Record<string, (input: never, requestId: string) => unknown> = {}
  for (const [name, fake] of Object.entries(fakes) as Array<[ActionName, (input: unknown) => unknown]>) {
    out[name] = !ACTIONS[name].mutation ? fake : (input: unknown, requestId: string) => {
      const key = JSON.stringify([name, input])
      const prior = replies.get(requestId)
      if (prior) return prior.input === key ? prior.answer : refuse('IDEMPOTENCY_CONFLICT')
      const answer = fake(input)
      if (!(answer as Partial<Refusal>).__error) replies.set(requestId, { input: key, answer: JSON.parse(JSON.stringify(answer)) })
      return answer
    }
  }
  return out
}

/** Contract breaches seen in the current test; any fails it (a thrown error would only reach the page as a failed call). */
const breaches: string[] = []
afterEach(() => {
  const seen = breaches.splice(0)
  if (seen.length) throw new Error(`The fake backend saw calls outside the actions' contract:\n${seen.join('\n')}`)
})
type Schema = { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }
const problems = (e: { issues: Array<{ path: PropertyKey[]; message: string }> }) => e.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ')

export interface FakeBackend {
  me: WhoamiOutput
  commitment: CommitmentView | null
  canSign: boolean
  /** Every request as the page sent it (before parsing; the fields the tests look at). */
  requests: Array<{ action: string; input: Record<string, unknown>; requestId: string }>
  /** Make the next call to `action` fail with this code (once). */
  failNext(action: string, code: ErrorCode): void
  handlers: Handlers
}

export function installFakeBackend(init: Partial<Pick<FakeBackend, 'me' | 'commitment' | 'canSign'>> = {}): FakeBackend {
  const failures = new Map<string, ErrorCode>()
  const be: FakeBackend = {
    me: init.me ?? makeMe(),
    commitment: init.commitment === undefined ? makeCommitment() : init.commitment,
    canSign: init.canSign ?? true,
    requests: [],
    failNext: (action, code) => { failures.set(action, code) },
    handlers: {},
  }
  be.handlers = {
    'account.whoami': () => be.me,
    'commitment.mine': () => ({ commitment: be.commitment, canSign: be.canSign && be.commitment?.status === 'awaiting-household' }),
    'commitment.sign': (input: { commitmentId: string; contentHash: string }) => {
      const c = be.commitment!
      if (input.contentHash !== c.contentHash) return { __error: 'CONTENT_CHANGED' }
      const signature = { name: be.me.name!, role: 'household-head' as const, at: '2026-11-24T01:30:00.000Z', templateVersion: c.templateVersion, contentHash: c.contentHash }
      be.commitment = { ...c, status: 'awaiting-village', householdSignature: signature }
      return { commitmentId: c.id, status: 'awaiting-village', signature }
    },
  }
  taroMock.cloud = {
    init: () => {},
    callFunction: async ({ data }) => {
      const { action, input, requestId } = data as { action: string; input: unknown; requestId: string }
      be.requests.push({ action, input: input as Record<string, unknown>, requestId })
      const code = failures.get(action)
      if (code) { failures.delete(action); return { result: { ok: false, error: { code, message: ERROR_MESSAGES[code] } } } }
      const h = be.handlers[action as ActionName] as ((input: unknown, requestId: string) => unknown) | undefined
      const spec = (ACTIONS as unknown as Record<string, { input: Schema; output: Schema } | undefined>)[action]
      if (!h || !spec) return { result: { ok: false, error: { code: 'UNKNOWN_ACTION', message: ERROR_MESSAGES.UNKNOWN_ACTION } } }
      const parsed = spec.input.safeParse(input)
      if (!parsed.success) {
        breaches.push(`${action} request ${JSON.stringify(input)}: ${problems(parsed.error)}`)
        return { result: { ok: false, error: { code: 'INVALID_INPUT', message: ERROR_MESSAGES.INVALID_INPUT } } }
      }
      const out = h(parsed.data, requestId) as { __error?: ErrorCode; __fields?: Record<string, string> }
      if (out && out.__error) {
        if (!(out.__error in ERROR_MESSAGES)) breaches.push(`${action} answered an unknown error code ${out.__error}`)
        const error = { code: out.__error, message: ERROR_MESSAGES[out.__error], ...(out.__fields ? { fields: out.__fields } : {}) }
        return { result: { ok: false, error } }
      }
      // What the real function answers has been through its output schema and JSON.
      const answer = spec.output.safeParse(out)
      if (!answer.success) breaches.push(`${action} answer ${JSON.stringify(out).slice(0, 300)}: ${problems(answer.error)}`)
      return { result: { ok: true, data: JSON.parse(JSON.stringify(out ?? null)) } }
    },
  }
  return be
}
