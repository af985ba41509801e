// Who is signed in, from account.whoami; shared by every page so it is fetched once.
// The first screen shows the last known session at once (kept in storage) and refreshes it
// in the background (issue 13, "First screen"): a villager on a weak network sees 首页
// without waiting for a round trip, and the answer replaces it when it arrives.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import type { OutputOf } from '@chengxin/shared/src/api'
import { call, getDemoOpenid, isH5 } from '../services/cloud'
import { STORAGE_KEYS } from '../constants'
import { createStore, useStore } from './store'

export type Me = OutputOf<'account.whoami'>
export type SessionState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; me: Me }
  | { status: 'error'; error: ActionError }
  /** H5 only: no demo identity chosen yet, so there is nobody to ask the gateway about. */
  | { status: 'no-identity' }

/** The stored copy names the demo identity it belongs to, so switching never shows another's. */
interface Cached { who: string; me: Me }
const who = () => (isH5() ? getDemoOpenid() ?? '' : 'wechat')

function readCached(): Me | null {
  try {
    const c = Taro.getStorageSync(STORAGE_KEYS.session) as Cached | ''
    return c && typeof c === 'object' && c.who === who() && c.me ? c.me : null
  } catch {
    return null
  }
}

function writeCached(me: Me | null): void {
  try {
    if (me) Taro.setStorageSync(STORAGE_KEYS.session, { who: who(), me } satisfies Cached)
    else Taro.removeStorageSync(STORAGE_KEYS.session)
  } catch {
    // Storage full or unavailable: the session still works, only the next start waits.
  }
}

/**
 * The first render already has the last known session, so 首页's greeting is in the very first
 * frame rather than after an effect; `stale` asks the first useSession to refresh it.
 */
let stale = false
function startingState(): SessionState {
  const cached = readCached()
  stale = cached !== null
  return cached ? { status: 'ready', me: cached } : { status: 'idle' }
}

export const sessionStore = createStore<SessionState>(startingState())
let inflight: Promise<void> | null = null

export function loadSession(force = false): Promise<void> {
  const s = sessionStore.get()
  if (inflight) return inflight
  if (!force && (s.status === 'ready' || s.status === 'loading' || s.status === 'no-identity')) return Promise.resolve()
  if (isH5() && !getDemoOpenid()) {
    sessionStore.set({ status: 'no-identity' })
    return Promise.resolve()
  }
  stale = false
  const cached = s.status === 'ready' ? null : readCached()
  if (cached) sessionStore.set({ status: 'ready', me: cached })
  else if (s.status !== 'ready') sessionStore.set({ status: 'loading' })
  inflight = call('account.whoami', {}).then((r) => {
    if (r.ok) {
      writeCached(r.data)
      sessionStore.set({ status: 'ready', me: r.data })
    } else if (sessionStore.get().status !== 'ready') {
      // A failed refresh keeps the session already shown; only a first load shows the error.
      sessionStore.set({ status: 'error', error: r.error })
    }
  }).finally(() => { inflight = null })
  return inflight
}

/** After invite.redeem the server returns the new whoami; use it without another round trip. */
export function setMe(me: Me): void {
  writeCached(me)
  sessionStore.set({ status: 'ready', me })
}

/** Forgets the session (another identity is chosen): the next page asks again. */
export function resetSession(): void {
  stale = false
  writeCached(null)
  sessionStore.set({ status: 'idle' })
}

export function useSession(): SessionState {
  const state = useStore(sessionStore)
  useEffect(() => { if (state.status === 'idle' || stale) void loadSession(stale) }, [state.status])
  return state
}
