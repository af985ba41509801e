import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { CommitmentListItem, CommitmentStatus } from '@chengxin/shared/src/api'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { STATUS_LABELS, formatTime } from '../../../../components/format'
import { call } from '../../../../services/cloud'
import type { Me } from '../../../../stores/session'

const PAGE_SIZE = 20
const FILTERS: Array<{ status: CommitmentStatus | undefined; label: string; key: string }> = [
  { status: 'awaiting-village', label: '待会签', key: 'awaiting-village' },
  { status: 'awaiting-household', label: '待户主签', key: 'awaiting-household' },
  { status: 'complete', label: '已完成', key: 'complete' },
  { status: undefined, label: '全部', key: 'all' },
]

interface ListState { items: CommitmentListItem[]; total: number; loading: boolean; error: ActionError | null; loaded: boolean }
const EMPTY: ListState = { items: [], total: 0, loading: true, error: null, loaded: false }

function CommitmentList({ me }: { me: Me }) {
  // 首页's counts open the list on their filter (?status=awaiting-village).
  const asked = useRouter().params.status
  const [filter, setFilter] = useState(FILTERS.find((f) => f.key === asked) ?? FILTERS[0])
  const [list, setList] = useState<ListState>(EMPTY)
  const seq = useRef(0)

  /** offset 0 replaces the list; a larger offset appends the next page (加载更多). */
  const load = useCallback(async (offset: number) => {
    const mine = ++seq.current
    setList((l) => ({ ...(offset === 0 ? EMPTY : l), loading: true, error: null }))
    const r = await call('commitment.list', { status: filter.status, limit: PAGE_SIZE, offset })
    if (mine !== seq.current) return
    setList((l) => r.ok
      ? { items: offset === 0 ? r.data.items : [...l.items, ...r.data.items], total: r.data.total, loading: false, error: null, loaded: true }
      : { ...l, loading: false, error: r.error })
    Taro.stopPullDownRefresh()
  }, [filter])

  useEffect(() => { void load(0) }, [load])
  const shown = useRef(false)
  useDidShow(() => { if (shown.current) void load(0); shown.current = true })
  usePullDownRefresh(() => { void load(0) })

  const more = list.items.length < list.total
  return (
    <View>
      {/* The count is of the list shown: the filter's households, or the whole village under 全部. */}
      <Text className='t-body muted block commitments-total'>
        {me.village?.name ?? ''} · {filter.status ? `${filter.label}的` : '全村共'} {list.loaded ? list.total : '…'} 户
      </Text>
      <View className='filters'>
        {FILTERS.map((f) => (
          <Text key={f.key} className={`filter-tab filter-${f.key} ${f.key === filter.key ? 'active' : ''}`} onClick={() => setFilter(f)}>{f.label}</Text>
        ))}
      </View>
      {!list.loaded && list.loading ? <Loading /> : null}
      {!list.loaded && list.error ? <ErrorView error={list.error} onRetry={() => load(0)} /> : null}
      {list.loaded && list.items.length === 0 ? <Empty text={`没有“${filter.label}”的承诺书`} /> : null}
      {list.items.length > 0 ? (
        <View className='card'>
          {list.items.map((it) => (
            <View key={it.id} className='list-row commitment-row' data-id={it.id} onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/commitment/index?id=${encodeURIComponent(it.id)}` })}>
              <View className='entry'>
                <Text className='t-body block'>{it.groupName} {it.householdLabel}</Text>
                <Text className='t-small muted block'>第{it.templateVersion}版{it.householdSignedAt ? ` · 户主签于 ${formatTime(it.householdSignedAt)}` : ''}</Text>
              </View>
              <Text className={`tag status-${it.status}`}>{STATUS_LABELS[it.status]}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {list.loaded && list.error ? <ErrorLine error={list.error} /> : null}
      {list.loaded && more ? (
        <ActionButton className='btn-load-more' primary={false} disabled={list.loading} onClick={() => load(list.items.length)}>
          {list.loading ? '正在加载…' : `加载更多（已显示 ${list.items.length}/${list.total}）`}
        </ActionButton>
      ) : null}
      {list.loaded && !more && list.items.length > 0 ? <Text className='t-small muted block list-end'>已全部显示</Text> : null}
    </View>
  )
}

export default function CadreCommitmentsPage() {
  return (
    <PageShell title='本村承诺书'>
      <SessionGate role='cadre'>{(me) => <CommitmentList me={me} />}</SessionGate>
    </PageShell>
  )
}
