import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { formatTime } from '../../../../components/format'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { figureSections } from '../../components/figure-lines'
import { FigureList, findLine } from '../../components/figure-list'
import { ExportReport } from '../../components/export-report'
import { go } from '../../components/links'
import { quarterLabel } from '../../components/quarters'
import '../../components/report.css'

/**
 * The township's dashboard: the township's figures; the chosen one for every village in roster
 * order (never sorted by the figure: no ranking), each opening that village's dashboard.
 */
function Dashboard() {
  const { state, reload } = useAction('dashboard.township', {})
  const [lineKey, setLineKey] = useState('signing-rate')
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const d = state.data
  const sections = figureSections(d.figures)
  const line = findLine(sections, lineKey) ?? sections[0].lines[0]
  return (
    <View>
      <Text className='t-subtitle block dashboard-title'>{d.townshipName} · {quarterLabel(d.quarter)}</Text>
      <Text className='t-small muted block dashboard-asof'>数字统计于 {formatTime(d.asOf)}。点一项数字，下面分村看；再点一个村，看它的各村民组和名单。</Text>
      <FigureList sections={sections} selected={line.key} onPick={(l) => setLineKey(l.key)} />
      <View className='card village-breakdown'>
        <Text className='t-subtitle block'>各村 · {line.label}</Text>
        {d.villages.length === 0 ? <Empty text='还没有村' /> : d.villages.map((v) => (
          <View key={v.villageId} className='figure-row card-tap village-row' data-id={v.villageId}
            onClick={() => void go('village', { villageId: v.villageId, name: v.villageName, line: line.key })}>
            <Text className='t-body figure-name'>{v.villageName}</Text>
            <Text className='t-body figure-value'>{findLine(figureSections(v.figures), line.key)?.value ?? '—'} ›</Text>
          </View>
        ))}
        <Text className='t-small muted block'>各村按名册顺序排列，不排名。</Text>
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>更多</Text>
        <ActionButton className='btn-open-trend' primary={false} onClick={() => void go('trend')}>全镇近8个季度趋势</ActionButton>
        <ActionButton className='btn-open-assessment' primary={false} onClick={() => void go('assessment')}>六好考评</ActionButton>
        <ExportReport />
      </View>
    </View>
  )
}

export default function TownshipDashboardPage() {
  return (
    <PageShell title='全镇工作看板'>
      <SessionGate role='township'>{() => <Dashboard />}</SessionGate>
    </PageShell>
  )
}
