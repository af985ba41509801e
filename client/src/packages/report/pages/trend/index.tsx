import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { BarChart } from '../../components/bar-chart'
import { TREND_CHARTS } from '../../components/trend-charts'
import { param } from '../../components/links'
import { quarterShort } from '../../components/quarters'
import '../../components/report.css'

/** One small bar chart per figure over the last 8 quarters, oldest first; every bar writes its number. */
function Trends({ villageId }: { villageId?: string }) {
  const { state, reload } = useAction('dashboard.trend', villageId ? { villageId } : {})
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const d = state.data
  if (d.points.length === 0) return <Empty text='还没有按季度统计的数字' hint='每个季度结束时统计一次，下个季度起可以看趋势。' />
  return (
    <View>
      <Text className='t-subtitle block trend-title'>{d.name} · 近{d.points.length}个季度</Text>
      <Text className='t-small muted block'>从早到晚排列；标“（本季）”的是本季度到现在的实时数。</Text>
      {TREND_CHARTS.map((c) => (
        <View key={c.key} className={`card trend-card trend-${c.key}`}>
          <Text className='t-subtitle block'>{c.title}</Text>
          <BarChart max={c.max} bars={d.points.map((pt) => {
            const v = c.value(pt.figures)
            return { key: pt.quarter, label: `${quarterShort(pt.quarter)}${pt.live ? '（本季）' : ''}`, value: v, text: v === null ? '' : c.text(pt.figures) }
          })} />
        </View>
      ))}
    </View>
  )
}

export default function TrendPage() {
  const p = useRouter().params
  return (
    <PageShell title='近8个季度趋势'>
      <SessionGate>
        {(me) => (me.roles.includes('cadre') || me.roles.includes('township')
          ? <Trends villageId={param(p.villageId)} />
          : <Empty text='仅限村专干和镇工作人员使用' />)}
      </SessionGate>
    </PageShell>
  )
}
