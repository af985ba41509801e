import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { ActionError, Result } from '@chengxin/shared/src/api/errors'

export const PAGE_SIZE = 20

export interface Paged<T> { items: T[]; total: number; loading: boolean; error: ActionError | null; loaded: boolean }
interface PageOf<T> { items: T[]; total: number }

/**
 * A paginated list: `load(0)` replaces it, `load(items.length)` appends the next page
 * (加载更多). Reloads when the page shows again and on pull-down refresh.
 */
export function usePaged<T, P extends PageOf<T>>(fetchPage: (offset: number) => Promise<Result<P>>, key: string, onPage?: (p: P) => void) {
  const [list, setList] = useState<Paged<T>>({ items: [], total: 0, loading: true, error: null, loaded: false })
  const seq = useRef(0)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const onPageRef = useRef(onPage)
  onPageRef.current = onPage

  const load = useCallback(async (offset: number) => {
    const mine = ++seq.current
    setList((l) => ({ ...l, loading: true, error: null }))
    const r = await fetchRef.current(offset)
    if (mine !== seq.current) return
    if (r.ok) onPageRef.current?.(r.data)
    setList((l) => r.ok
      ? { items: offset === 0 ? r.data.items : [...l.items, ...r.data.items], total: r.data.total, loading: false, error: null, loaded: true }
      : { ...l, loading: false, error: r.error })
    Taro.stopPullDownRefresh()
  }, [])

  useEffect(() => { void load(0) }, [load, key])
  const shown = useRef(false)
  useDidShow(() => { if (shown.current) void load(0); shown.current = true })
  usePullDownRefresh(() => { void load(0) })
  return { list, setList, load }
}
