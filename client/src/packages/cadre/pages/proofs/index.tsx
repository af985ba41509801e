import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ProofStatus } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { formatTime } from '../../../../components/format'
import { PROOF_STATUS_LABELS } from '../../../../components/checkup-admin-labels'
import { call } from '../../../../services/cloud'
import { rememberProofs } from '../../components/proof-cache'
import '../../components/cadre.css'
import '../../components/checkup.css'

const FILTERS: ProofStatus[] = ['pending', 'verified', 'rejected']

function Proofs() {
  const [status, setStatus] = useState<ProofStatus>('pending')
  const { list, reload, loadMore } = usePagedList(status, async (offset, limit) => {
    const r = await call('proof.list', { status, offset, limit })
    if (r.ok) rememberProofs(r.data.items)
    return r
  })
  usePullDownRefresh(() => { void reload() })
  return (
    <View>
      <View className='filters'>
        {FILTERS.map((s) => (
          <Text key={s} className={`filter-tab filter-${s} ${s === status ? 'active' : ''}`} onClick={() => setStatus(s)}>{PROOF_STATUS_LABELS[s]}</Text>
        ))}
      </View>
      {status === 'pending' ? <Text className='t-small muted block'>先交的在前。</Text> : null}
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText={`没有“${PROOF_STATUS_LABELS[status]}”的证明`}>
        {(items) => (
          <View className='card'>
            {items.map((p) => (
              <View key={p.id} className='list-row proof-row' data-id={p.id}
                onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/proof/index?id=${encodeURIComponent(p.id)}` })}>
                <View className='entry'>
                  <Text className='t-body block'>{p.memberName}（{p.groupName} {p.householdLabel}）</Text>
                  <Text className='t-small muted block'>{p.city} · {p.clinicName} · 检查日期 {p.checkupDay}</Text>
                  <Text className='t-small muted block'>提交于 {formatTime(p.submittedAt)}{p.previousProofId ? ' · 重新提交' : ''}</Text>
                </View>
                <Text className={`tag proof-status status-${p.status}`}>{PROOF_STATUS_LABELS[p.status]}</Text>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}

export default function ProofsPage() {
  return (
    <PageShell title='异地检查证明'>
      <SessionGate role='cadre'>{() => <Proofs />}</SessionGate>
    </PageShell>
  )
}
