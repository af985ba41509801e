// The only file that talks to the backend: wx.cloud in the mini-program, the local emulator's
// HTTP gateway in the H5 build. Every call resolves to the Result envelope; nothing throws.
import Taro from '@tarojs/taro'
import type { ActionName, InputOf, OutputOf } from '@chengxin/shared/src/api'
import { ACTION_FUNCTION } from '@chengxin/shared/src/api/routes'
import { ERROR_MESSAGES, type ActionError, type Result } from '@chengxin/shared/src/api/errors'
import { STORAGE_KEYS } from '../constants'
import { uuidv4 } from './uuid'

export const NETWORK_MESSAGE = '网络不太好，请稍后重试'
export const NO_CLOUD_MESSAGE = '当前环境无法连接云开发，请在微信中打开小程序'
/** Waits before the 2nd and 3rd attempt. Villages have weak networks; retries are safe
 * because the server deduplicates changes by requestId. */
export const RETRY_DELAYS_MS = [500, 1500]
const H5_TIMEOUT_MS = 15000

export interface CallOptions {
  /** Reuse an id across user-level retries of the same change (e.g. tapping 签署 again). */
  requestId?: string
}

/** Why a send failed. Plain objects, not Error subclasses: `instanceof` on subclassed Error is
 * unreliable once transpiled for old weapp base libraries. `none` = no wx.cloud at all. */
interface SendFailure { failure: 'network' | 'service' | 'none'; detail: string }
const failure = (kind: SendFailure['failure'], detail: string): SendFailure => ({ failure: kind, detail })
const isFailure = (e: unknown): e is SendFailure => !!e && typeof e === 'object' && 'failure' in e

export function isH5(): boolean {
  // DefinePlugin replaces the constant in builds; tests (no DefinePlugin) read TARO_ENV.
  return typeof __CHENGXIN_H5__ !== 'undefined' ? __CHENGXIN_H5__ : process.env.TARO_ENV === 'h5'
}

const fail = (code: ActionError['code'], message: string = ERROR_MESSAGES[code]): { ok: false; error: ActionError } =>
  ({ ok: false, error: { code, message } })

function isEnvelope(x: unknown): x is Result<unknown> {
  if (!x || typeof x !== 'object') return false
  const r = x as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } }
  if (r.ok === true) return 'data' in r
  return r.ok === false && !!r.error && typeof r.error.code === 'string' && typeof r.error.message === 'string'
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function call<A extends ActionName>(
  action: A,
  input: InputOf<A>,
  opts: CallOptions = {},
): Promise<Result<OutputOf<A>>> {
  const name = (ACTION_FUNCTION as Record<string, string>)[action]
  if (!name) return fail('UNKNOWN_ACTION')
  // One id per change, reused by every retry below, so a retried change never happens twice.
  const requestId = opts.requestId ?? uuidv4()
  const data = { action, input, requestId }
  const send = isH5() ? sendH5 : sendWeapp
  let last: SendFailure | undefined
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await sleep(RETRY_DELAYS_MS[attempt - 1])
    try {
      const raw = await send(name, data)
      // The first try of this change is still running on the server: ask again, same id.
      const inProgress = isEnvelope(raw) && raw.ok === false && raw.error.code === 'REQUEST_IN_PROGRESS'
      if (inProgress && attempt < RETRY_DELAYS_MS.length) continue
      return (isEnvelope(raw) ? raw : fail('INTERNAL')) as Result<OutputOf<A>>
    } catch (e) {
      if (!isFailure(e)) return fail('INTERNAL')
      if (e.failure === 'none') return fail('INTERNAL', NO_CLOUD_MESSAGE)
      last = e
    }
  }
  return fail('INTERNAL', last?.failure === 'service' ? ERROR_MESSAGES.INTERNAL : NETWORK_MESSAGE)
}

let cloudReady = false
async function sendWeapp(name: string, data: object): Promise<unknown> {
  const cloud = (Taro as unknown as { cloud?: typeof Taro.cloud }).cloud
  // wx.cloud is missing outside WeChat (e.g. miniprogram-simulate) or on very old base libraries.
  if (!cloud || typeof cloud.callFunction !== 'function') throw failure('none', 'wx.cloud unavailable')
  if (!cloudReady) {
    cloud.init({ env: typeof __CHENGXIN_CLOUD_ENV__ !== 'undefined' ? __CHENGXIN_CLOUD_ENV__ : 'chengxin-dev', traceUser: true })
    cloudReady = true
  }
  try {
    const res = await cloud.callFunction({ name, data })
    return res.result
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? (e as Error)?.message ?? e)
    throw failure(/request:fail|timeout|network|ERR_/i.test(msg) ? 'network' : 'service', msg)
  }
}

async function sendH5(name: string, data: object): Promise<unknown> {
  const ctrl = typeof AbortController !== 'undefined' ? new AbortController() : undefined
  const timer = ctrl ? setTimeout(() => ctrl.abort(), H5_TIMEOUT_MS) : undefined
  let res: Response
  try {
    res = await fetch('/functions/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Emulator-Openid': getDemoOpenid() ?? '' },
      body: JSON.stringify(data),
      signal: ctrl?.signal,
    })
  } catch (e) {
    throw failure('network', String(e))
  } finally {
    if (timer) clearTimeout(timer)
  }
  const body = (await res.json().catch(() => null)) as { result?: unknown; errCode?: unknown; errMsg?: string } | null
  // The gateway answers like callFunction: { result } or, when the function itself failed
  // (crash, timeout), { errCode, errMsg } — the same cases wx.cloud rejects on.
  if (!res.ok || !body || body.errCode !== undefined) throw failure(res.status >= 500 || !body ? 'network' : 'service', `HTTP ${res.status} ${body?.errMsg ?? ''}`)
  return body.result
}

// ---- H5 demo sign-in (only the local emulator has this) ----

import type { DemoIdentity } from '@chengxin/shared/src/api/demo-identity'

export type { DemoIdentity }

export async function listDemoIdentities(): Promise<Result<{ identities: DemoIdentity[] }>> {
  try {
    const res = await fetch('/_emulator/identities')
    if (!res.ok) return fail('INTERNAL', `本地模拟器未响应（HTTP ${res.status}）`)
    const body = (await res.json()) as { identities?: DemoIdentity[] }
    return { ok: true, data: { identities: Array.isArray(body.identities) ? body.identities : [] } }
  } catch {
    return fail('INTERNAL', NETWORK_MESSAGE)
  }
}

export function getDemoOpenid(): string | null {
  const v = Taro.getStorageSync(STORAGE_KEYS.demoOpenid)
  return typeof v === 'string' && v ? v : null
}

export function setDemoOpenid(openid: string | null): void {
  if (openid) Taro.setStorageSync(STORAGE_KEYS.demoOpenid, openid)
  else Taro.removeStorageSync(STORAGE_KEYS.demoOpenid)
}
