import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { ActionName, InputOf, OutputOf } from '@chengxin/shared/src/api'
import type { ActionError, Result } from '@chengxin/shared/src/api/errors'
import { call } from '../services/cloud'
import { uuidv4 } from '../services/uuid'

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ActionError }

/** Runs a read action when `enabled` and exposes loading / ready / error plus a reload. */
export function useAction<A extends ActionName>(action: A, input: InputOf<A>, enabled = true) {
  const [state, setState] = useState<Loadable<OutputOf<A>>>({ status: 'loading' })
  const key = JSON.stringify(input)
  const seq = useRef(0)
  const reload = useCallback(async (quiet = false) => {
    const mine = ++seq.current
    if (!quiet) setState({ status: 'loading' })
    const r = await call(action, JSON.parse(key) as InputOf<A>)
    if (mine !== seq.current) return // a newer load superseded this one
    setState(r.ok ? { status: 'ready', data: r.data } : { status: 'error', error: r.error })
  }, [action, key])
  useEffect(() => { if (enabled) void reload() }, [enabled, reload])
  // Tab pages stay mounted: refresh quietly when the page is shown again (not the first time).
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && enabled) void reload(true)
    shown.current = true
  })
  return { state, reload }
}

/** A change keeps one requestId until it gets a definite answer, so tapping again after a
 * network failure replays the same request instead of making a second change. */
export function useChange() {
  const id = useRef<string | undefined>(undefined)
  return useCallback(async <T,>(send: (requestId: string) => Promise<Result<T>>): Promise<Result<T>> => {
    if (!id.current) id.current = uuidv4()
    const r = await send(id.current)
    // Keep the id only while the outcome is unknown (transport failure → INTERNAL).
    if (r.ok || r.error.code !== 'INTERNAL') id.current = undefined
    return r
  }, [])
}
