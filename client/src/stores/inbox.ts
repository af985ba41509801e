// The caller's unread message count: shown as a badge on the 我的 tab and beside 我的 → 消息.
import { useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { call } from '../services/cloud'
import { showUnreadBadge } from '../services/tab-badge'
import { sessionStore } from './session'
import { createStore, useStore } from './store'

export const unreadStore = createStore<number>(0)
let inflight: Promise<void> | null = null

/** One inbox.list of a single unread message is enough: the reply carries the count. */
export function refreshUnread(): Promise<void> {
  if (!inflight) {
    inflight = call('inbox.list', { limit: 1, unreadOnly: true }).then((r) => {
      if (r.ok) unreadStore.set(r.data.unread)
    }).finally(() => { inflight = null })
  }
  return inflight
}

export const setUnread = (n: number) => unreadStore.set(Math.max(0, n))

/** For tab pages: refresh the count when the page shows and put it on the 我的 tab. */
export function useUnreadBadge(): number {
  const session = useStore(sessionStore)
  const bound = session.status === 'ready' && session.me.bound
  const unread = useStore(unreadStore)
  const boundRef = useRef(bound)
  boundRef.current = bound
  const sync = () => {
    if (!boundRef.current) return showUnreadBadge(0)
    // Apply even when the count did not change: a badge set from a non-tab page was refused.
    void refreshUnread().then(() => showUnreadBadge(unreadStore.get()))
  }
  useEffect(sync, [bound])
  useDidShow(sync)
  useEffect(() => { showUnreadBadge(bound ? unread : 0) }, [bound, unread])
  return bound ? unread : 0
}
