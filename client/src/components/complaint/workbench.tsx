// The handlers' workbench (supervision group in the panel subpackage, township in theirs):
// complaints routed to the caller, overdue first, filtered by status and category, 20 a page.
import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PagedView, usePagedList } from '../paged-list'
import { call, type ComplaintCategory, type ComplaintStatus } from './api'
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS } from './labels'
import { ComplaintRow } from './row'
import './complaint.css'

type StatusFilter = ComplaintStatus | 'open' | 'all'
const STATUS_FILTERS: StatusFilter[] = ['open', 'submitted', 'accepted', 'answered', 'resolved', 'closed', 'all']
const STATUS_FILTER_LABELS: Record<StatusFilter, string> = { open: '待办', all: '全部', ...COMPLAINT_STATUS_LABELS }
const CATEGORIES = Object.keys(COMPLAINT_CATEGORY_LABELS) as ComplaintCategory[]

export function Workbench({ detailUrl }: { detailUrl: string }) {
  const [status, setStatus] = useState<StatusFilter>('open')
  const [category, setCategory] = useState<ComplaintCategory | undefined>(undefined)
  const [overdue, setOverdue] = useState<number | null>(null)
  const { list, reload, loadMore } = usePagedList(`${status}|${category ?? ''}`, async (offset, limit) => {
    const r = await call('complaint.list', { status, category, offset, limit })
    if (r.ok) setOverdue(r.data.overdue)
    return r
  })
  usePullDownRefresh(() => { void reload() })
  return (
    <View className='complaint-workbench'>
      {overdue ? <Text className='t-body block error-text overdue-count'>有 {overdue} 件已超期，排在最前面</Text> : null}
      <View className='chips status-filters'>
        {STATUS_FILTERS.map((s) => (
          <Text key={s} className={`chip filter-${s} ${status === s ? 'active' : ''}`} onClick={() => setStatus(s)}>{STATUS_FILTER_LABELS[s]}</Text>
        ))}
      </View>
      <View className='chips category-filters'>
        <Text className={`chip category-all ${!category ? 'active' : ''}`} onClick={() => setCategory(undefined)}>全部分类</Text>
        {CATEGORIES.map((c) => (
          <Text key={c} className={`chip category-${c} ${category === c ? 'active' : ''}`} onClick={() => setCategory(c)}>{COMPLAINT_CATEGORY_LABELS[c]}</Text>
        ))}
      </View>
      <View className='card'>
        <PagedView list={list} reload={reload} loadMore={loadMore} emptyText={status === 'open' ? '没有待办的投诉' : '没有符合条件的投诉'}>
          {(items) => (
            <View>
              {items.map((c) => <ComplaintRow key={c.id} c={c} onOpen={() => Taro.navigateTo({ url: `${detailUrl}?id=${c.id}` })} />)}
            </View>
          )}
        </PagedView>
      </View>
    </View>
  )
}
