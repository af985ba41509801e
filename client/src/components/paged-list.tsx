import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { ActionError, Result } from '@chengxin/shared/src/api/errors'
import { ActionButton } from './action-button'
import { Empty, ErrorLine, ErrorView, Loading } from './state-views'

export const PAGE_SIZE = 20

interface Page<T> { items: T[]; total: number }
export interface PagedState<T> { items: T[]; total: number; loading: boolean; error: ActionError | null; loaded: boolean }
const START = { items: [], total: 0, loading: true, error: null, loaded: false }

/**
 * A list read 20 at a time: offset 0 replaces it, 加载更多 appends. `key` names the query
 * (filters, search); a new key starts over. Shown again → reloads quietly from the top.
 */
export function usePagedList<T>(key: string, fetch: (offset: number, limit: number) => Promise<Result<Page<T>>>) {
  const [list, setList] = useState<PagedState<T>>(START)
  const seq = useRef(0)
  const fetchRef = useRef(fetch)
  fetchRef.current = fetch

  const load = useCallback(async (offset: number) => {
    const mine = ++seq.current
    setList((l) => ({ ...(offset === 0 && !l.loaded ? START : l), loading: true, error: null }))
    const r = await fetchRef.current(offset, PAGE_SIZE)
    if (mine !== seq.current) return // a newer query superseded this one
    setList((l) => r.ok
      ? { items: offset === 0 ? r.data.items : [...l.items, ...r.data.items], total: r.data.total, loading: false, error: null, loaded: true }
      : { ...l, loading: false, error: r.error })
    Taro.stopPullDownRefresh()
  }, [])

  useEffect(() => {
    setList(START)
    void load(0)
  }, [key, load])
  const shown = useRef(false)
  useDidShow(() => { if (shown.current) void load(0); shown.current = true })

  return { list, reload: () => load(0), loadMore: () => load(list.items.length) }
}

interface ViewProps<T> {
  list: PagedState<T>
  emptyText: string
  emptyHint?: string
  reload: () => void
  loadMore: () => void
  children: (items: T[]) => JSX.Element
}

/** Loading / error / empty states, the rows, and 加载更多 (`.btn-load-more`) or `.list-end`. */
export function PagedView<T>({ list, emptyText, emptyHint, reload, loadMore, children }: ViewProps<T>) {
  const more = list.items.length < list.total
  if (!list.loaded && list.loading) return <Loading />
  if (!list.loaded && list.error) return <ErrorView error={list.error} onRetry={reload} />
  if (list.items.length === 0) return <Empty text={emptyText} hint={emptyHint} />
  return (
    <>
      {children(list.items)}
      {list.error ? <ErrorLine error={list.error} /> : null}
      {more ? (
        <ActionButton className='btn-load-more' primary={false} disabled={list.loading} onClick={loadMore}>
          {list.loading ? '正在加载…' : `加载更多（已显示 ${list.items.length}/${list.total}）`}
        </ActionButton>
      ) : <Text className='t-small muted block list-end'>已全部显示</Text>}
    </>
  )
}
