// An in-memory stand-in for the cloud functions, installed as Taro.cloud, so component tests
// assert what the user sees after real state changes rather than which mocks were called.
import type { CommitmentView, WhoamiOutput } from '@chengxin/shared/src/api'
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

type Handler = (input: any, requestId: string) => unknown

export interface FakeBackend {
  me: WhoamiOutput
  commitment: CommitmentView | null
  canSign: boolean
  requests: Array<{ action: string; input: any; requestId: string }>
  /** Make the next call to `action` fail with this code (once). */
  failNext(action: string, code: ErrorCode): void
  handlers: Record<string, Handler>
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
      be.requests.push({ action, input, requestId })
      const code = failures.get(action)
      if (code) { failures.delete(action); return { result: { ok: false, error: { code, message: ERROR_MESSAGES[code] } } } }
      const h = be.handlers[action]
      if (!h) return { result: { ok: false, error: { code: 'UNKNOWN_ACTION', message: ERROR_MESSAGES.UNKNOWN_ACTION } } }
      const out = h(input, requestId) as { __error?: ErrorCode; __fields?: Record<string, string> }
      if (out && out.__error) {
        const error = { code: out.__error, message: ERROR_MESSAGES[out.__error], ...(out.__fields ? { fields: out.__fields } : {}) }
        return { result: { ok: false, error } }
      }
      return { result: { ok: true, data: out } }
    },
  }
  return be
}
