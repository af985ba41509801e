// 投诉办理情况公开: per month and category, how many complaints and in which status, the median
// days to an answer and the share answered within the deadline. Residents see their village; the
// township picks one. A cell of fewer than 3 complaints shows "—" (small numbers identify people).
import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { call, type ComplaintStatsOutput, type ComplaintStatsRow } from '../../../../components/complaint/api'
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS } from '../../../../components/complaint/labels'
import type { Me } from '../../../../stores/session'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import '../../resident.css'

export const HIDDEN_REASON = (min: number) => `“—”表示这一格少于 ${min} 件，不公开件数，以免看出是谁投诉的。`

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`)
const days = (x: number | null) => (x === null ? '—' : `${x} 天`)

function Row({ r }: { r: ComplaintStatsRow }) {
  const statuses = r.byStatus ? (Object.keys(COMPLAINT_STATUS_LABELS) as Array<keyof typeof COMPLAINT_STATUS_LABELS>)
    .filter((s) => r.byStatus![s]).map((s) => `${COMPLAINT_STATUS_LABELS[s]} ${r.byStatus![s]}`).join('，') : ''
  return (
    <View className={`list-row stats-cell ${r.hidden ? 'stats-cell-hidden' : ''}`} data-id={`${r.month}-${r.category}`}>
      <View className='entry'>
        <Text className='t-body block'>{COMPLAINT_CATEGORY_LABELS[r.category]}：{r.hidden ? '—' : `${r.count} 件`}</Text>
        {!r.hidden ? <Text className='t-small muted block'>{statuses}</Text> : null}
        {!r.hidden ? <Text className='t-small muted block'>答复用时中位数 {days(r.medianDaysToAnswer)} · 按期答复 {percent(r.withinDeadline)}</Text> : null}
      </View>
    </View>
  )
}

function Stats({ villageId }: { villageId?: string }) {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; data: ComplaintStatsOutput } | { status: 'error'; error: ActionError }>({ status: 'loading' })
  const load = useCallback(async () => {
    setState({ status: 'loading' })
    const r = await call('complaint.stats', { villageId, months: 6 })
    setState(r.ok ? { status: 'ready', data: r.data } : { status: 'error', error: r.error })
  }, [villageId])
  useEffect(() => { void load() }, [load])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={load} />
  const { rows, villageName, minCell } = state.data
  const months = [...new Set(rows.map((r) => r.month))].sort().reverse()
  return (
    <View className='complaint-stats'>
      <Text className='t-subtitle block stats-village'>{villageName} · 近 6 个月</Text>
      <Text className='t-small muted block stats-hidden-reason'>{HIDDEN_REASON(minCell)}</Text>
      {months.length === 0 ? <Empty text='近 6 个月没有投诉' /> : null}
      {months.map((m) => (
        <View key={m} className={`card stats-month month-${m}`}>
          <Text className='t-subtitle block'>{m.replace('-', '年')}月</Text>
          {rows.filter((r) => r.month === m).map((r) => <Row key={r.category} r={r} />)}
        </View>
      ))}
    </View>
  )
}

function TownshipPicker() {
  const { state, reload } = useAction('commitment.stats', {})
  const [villageId, setVillageId] = useState<string | null>(null)
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const chosen = villageId ?? state.data.rows[0]?.id ?? null
  return (
    <View>
      <View className='chips village-chips'>
        {state.data.rows.map((v) => (
          <Text key={v.id} className={`chip village-option village-${v.id} ${chosen === v.id ? 'active' : ''}`} onClick={() => setVillageId(v.id)}>{v.name}</Text>
        ))}
      </View>
      {chosen ? <Stats villageId={chosen} /> : <Empty text='还没有村' />}
    </View>
  )
}

export default function ComplaintStatsPage() {
  return (
    <PageShell title='投诉办理情况公开' className='complaint-page'>
      <SessionGate>{(me: Me) => (me.roles.includes('township') && !me.village ? <TownshipPicker /> : <Stats />)}</SessionGate>
    </PageShell>
  )
}
