import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { SlotView } from '@chengxin/shared/src/api'
import { addDays } from '@chengxin/shared/src/domain/checkup-slots'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { dayLabel, SLOT_STATUS_LABELS, todayInBeijing } from '../../../../components/checkup-admin-labels'
import { call } from '../../../../services/cloud'
import '../../components/cadre.css'
import '../../components/checkup.css'

type Filter = 'all' | 'open' | 'closed'
const FILTER_LABELS: Record<Filter, string> = { all: '全部', open: '可预约', closed: '已关闭' }

/** Rows grouped under their day, in the order the server sends them. */
function byDay(items: SlotView[]): Array<[string, SlotView[]]> {
  const days = new Map<string, SlotView[]>()
  for (const s of items) days.set(s.day, [...(days.get(s.day) ?? []), s])
  return [...days.entries()]
}

function Slots() {
  const [status, setStatus] = useState<Filter>('all')
  const [past, setPast] = useState(false)
  const from = past ? addDays(todayInBeijing(), -30) : todayInBeijing()
  const { list, reload, loadMore } = usePagedList(`${status}/${from}`, (offset, limit) =>
    call('slot.list', { from, status: status === 'all' ? undefined : status, offset, limit }))
  usePullDownRefresh(() => { void reload() })
  return (
    <View>
      <ActionButton className='btn-new-slots' onClick={() => Taro.navigateTo({ url: '/packages/cadre/pages/slot-open/index' })}>开放检查时段</ActionButton>
      <View className='filters'>
        {(Object.keys(FILTER_LABELS) as Filter[]).map((f) => (
          <Text key={f} className={`filter-tab filter-${f} ${f === status ? 'active' : ''}`} onClick={() => setStatus(f)}>{FILTER_LABELS[f]}</Text>
        ))}
        <Text className={`filter-tab filter-past ${past ? 'active' : ''}`} onClick={() => setPast(!past)}>{past ? '✓ ' : ''}含近30天</Text>
      </View>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText='还没有检查时段' emptyHint='点“开放检查时段”安排本村的检查。'>
        {(items) => (
          <View>
            {byDay(items).map(([day, slots]) => (
              <View key={day} className='slot-day-group'>
                <Text className='t-subtitle block slot-day'>{dayLabel(day)}</Text>
                <View className='card'>
                  {slots.map((s) => (
                    <View key={s.id} data-id={s.id} className={`list-row slot-row ${s.status}`}
                      onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/slot/index?id=${encodeURIComponent(s.id)}` })}>
                      <View className='entry'>
                        <Text className='t-body block'>{s.start}–{s.end} · {s.siteName}</Text>
                        <Text className='t-small muted block slot-taken'>已约 {s.taken}/{s.capacity}{s.closedReason ? ` · 关闭原因：${s.closedReason}` : ''}</Text>
                      </View>
                      <Text className={`tag slot-status status-${s.status}`}>{SLOT_STATUS_LABELS[s.status]}</Text>
                    </View>
                  ))}
                </View>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}

export default function SlotsPage() {
  return (
    <PageShell title='检查时段'>
      <SessionGate role='cadre'>{() => <Slots />}</SessionGate>
    </PageShell>
  )
}
