import { useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DashboardVillageOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { formatTime } from '../../../../components/format'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import type { Me } from '../../../../stores/session'
import { figureSections, type FigureLine } from '../../components/figure-lines'
import { FigureList, findLine } from '../../components/figure-list'
import { householdsUrl } from '../../components/drill'
import { ExportReport } from '../../components/export-report'
import { go, param } from '../../components/links'
import { quarterLabel } from '../../components/quarters'
import '../../components/report.css'

/** The chosen line for each villager group, each opening its households when the line counts households. */
function Groups({ d, line }: { d: DashboardVillageOutput; line: FigureLine }) {
  const perGroup = d.groups.map((g) => ({ g, l: findLine(figureSections(g.figures), line.key) }))
  if (perGroup.every((x) => !x.l)) {
    return <View className='card group-breakdown'><Text className='t-body muted block'>“{line.label}”只按全村统计，不分村民组。</Text></View>
  }
  const all = householdsUrl(line, d.villageId, undefined, `${d.villageName} `)
  return (
    <View className='card group-breakdown'>
      <Text className='t-subtitle block'>各村民组 · {line.label}</Text>
      {perGroup.map(({ g, l }) => {
        const url = l ? householdsUrl(l, d.villageId, g.groupId, `${d.villageName}${g.groupName} `) : null
        return (
          <View key={g.groupId} className={`figure-row group-row ${url ? 'card-tap' : ''}`} data-id={g.groupId}
            onClick={url ? () => void Taro.navigateTo({ url }) : undefined}>
            <Text className='t-body figure-name'>{g.groupName}</Text>
            <Text className='t-body figure-value'>{l?.value ?? '—'}{url ? ' ›' : ''}</Text>
          </View>
        )
      })}
      {all ? <ActionButton className='btn-village-households' primary={false} onClick={() => void Taro.navigateTo({ url: all })}>全村“{line.label}”名单</ActionButton> : null}
    </View>
  )
}

function Dashboard({ me, villageId, initialLine }: { me: Me; villageId?: string; initialLine?: string }) {
  const { state, reload } = useAction('dashboard.village', villageId ? { villageId } : {})
  const [lineKey, setLineKey] = useState(initialLine ?? 'signing-rate')
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const d = state.data
  const sections = figureSections(d.figures)
  const line = findLine(sections, lineKey) ?? sections[0].lines[0]
  const township = me.roles.includes('township')
  const id = township ? d.villageId : undefined
  return (
    <View>
      <Text className='t-subtitle block dashboard-title'>{d.villageName} · {quarterLabel(d.quarter)}</Text>
      <Text className='t-small muted block dashboard-asof'>数字统计于 {formatTime(d.asOf)}。点一项数字，下面按村民组分开看，再点村民组看名单。</Text>
      <FigureList sections={sections} selected={line.key} onPick={(l) => setLineKey(l.key)} />
      <Groups d={d} line={line} />
      <View className='card'>
        <Text className='t-subtitle block'>更多</Text>
        <ActionButton className='btn-open-trend' primary={false} onClick={() => void go('trend', { villageId: id })}>近8个季度趋势</ActionButton>
        <ActionButton className='btn-open-notice' primary={false} onClick={() => void go('notice', { villageId: id })}>公开栏张贴页</ActionButton>
        <ActionButton className='btn-open-assessment' primary={false} onClick={() => void go('assessment', { villageId: id })}>{township ? '本村六好考评记录' : '镇里六好考评结果'}</ActionButton>
        <ExportReport villageId={id} />
      </View>
    </View>
  )
}

/** A village's dashboard: the cadre's own village, or (township) the village named by villageId. */
export default function VillageDashboardPage() {
  const p = useRouter().params
  return (
    <PageShell title={param(p.name) ?? '村工作看板'}>
      <SessionGate>
        {(me) => (me.roles.includes('cadre') || me.roles.includes('township')
          ? <Dashboard me={me} villageId={param(p.villageId)} initialLine={param(p.line)} />
          : <Empty text='仅限村专干和镇工作人员使用' />)}
      </SessionGate>
    </PageShell>
  )
}
