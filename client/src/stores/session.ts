// Who is signed in, from account.whoami; shared by every page so it is fetched once.
import { useEffect } from 'react'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import type { OutputOf } from '@chengxin/shared/src/api'
import { call } from '../services/cloud'
import { createStore, useStore } from './store'

export type Me = OutputOf<'account.whoami'>
export type SessionState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; me: Me }
  | { status: 'error'; error: ActionError }

export const sessionStore = createStore<SessionState>({ status: 'idle' })
let inflight: Promise<void> | null = null

export function loadSession(force = false): Promise<void> {
  const s = sessionStore.get()
  if (inflight) return inflight
  if (!force && (s.status === 'ready' || s.status === 'loading')) return Promise.resolve()
  sessionStore.set({ status: 'loading' })
  inflight = call('account.whoami', {}).then((r) => {
    sessionStore.set(r.ok ? { status: 'ready', me: r.data } : { status: 'error', error: r.error })
  }).finally(() => { inflight = null })
  return inflight
}

/** After invite.redeem the server returns the new whoami; use it without another round trip. */
export function setMe(me: Me): void {
  sessionStore.set({ status: 'ready', me })
}

export function resetSession(): void {
  sessionStore.set({ status: 'idle' })
}

export function useSession(): SessionState {
  const state = useStore(sessionStore)
  useEffect(() => { if (state.status === 'idle') void loadSession() }, [state.status])
  return state
}
