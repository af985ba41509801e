import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { EnrolmentStatus } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { formatTime } from '../../../../components/format'
import { call } from '../../../../services/cloud'
import { rememberEnrolments } from '../../components/enrolment-cache'
import { ENROLMENT_STATUS_LABELS, MANAGEMENT_LABELS } from '../../components/labels'
import '../../components/cadre.css'

const FILTERS: Array<EnrolmentStatus | 'all'> = ['pending', 'approved', 'rejected', 'revoked', 'withdrawn', 'all']

function Applications() {
  const [status, setStatus] = useState<EnrolmentStatus | 'all'>('pending')
  const { list, reload, loadMore } = usePagedList(status, async (offset, limit) => {
    const r = await call('enrolment.list', { status: status === 'all' ? undefined : status, offset, limit })
    if (r.ok) rememberEnrolments(r.data.items)
    return r
  })
  usePullDownRefresh(() => { void reload() })
  return (
    <View>
      <View className='filters'>
        {FILTERS.map((s) => (
          <Text key={s} className={`filter-tab filter-${s} ${s === status ? 'active' : ''}`} onClick={() => setStatus(s)}>
            {s === 'all' ? '全部' : ENROLMENT_STATUS_LABELS[s]}
          </Text>
        ))}
      </View>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText={status === 'all' ? '还没有申请' : `没有“${ENROLMENT_STATUS_LABELS[status]}”的申请`}>
        {(items) => (
          <View className='card'>
            {items.map((e) => (
              <View key={e.id} className='list-row enrolment-row' data-id={e.id}
                onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/enrolment/index?id=${encodeURIComponent(e.id)}` })}>
                <View className='entry'>
                  <Text className='t-body block'>{e.groupName} {e.householdLabel}</Text>
                  <Text className='t-small muted block'>申请 {MANAGEMENT_LABELS[e.requestedCategory]} · {formatTime(e.appliedAt)}</Text>
                </View>
                <Text className={`tag status-${e.status}`}>{ENROLMENT_STATUS_LABELS[e.status]}</Text>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}

export default function EnrolmentsPage() {
  return (
    <PageShell title='诚信管理申请'>
      <SessionGate role='cadre'>{() => <Applications />}</SessionGate>
    </PageShell>
  )
}
