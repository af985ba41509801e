import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { householdsSource } from '@chengxin/shared/src/domain/checkup-savings'
import type { SavingsGetOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { formatTime } from '../../../../components/format'
import { fenToYuan, todayInBeijing } from '../../../../components/checkup-admin-labels'
import { AssumptionsForm } from '../../components/assumptions-form'
import '../../components/township.css'

function Figures({ s }: { s: SavingsGetOutput }) {
  const a = s.assumptions
  return (
    <View>
      <View className='card savings-summary'>
        <Text className='t-small muted block'>{s.year}年全镇估计节约</Text>
        <Text className='block savings-total'>{fenToYuan(s.totalFen)} 元</Text>
        <View className='savings-figure savings-trips'>
          <Text className='t-body'>异地证明免去往返 {s.tripsAvoided} 次</Text>
          <Text className='t-body'>{fenToYuan(s.tripsFen)} 元</Text>
        </View>
        <View className='savings-figure savings-rounds'>
          <Text className='t-body'>诚信分类减少检查 {s.roundsAvoided} 户次</Text>
          <Text className='t-body'>{fenToYuan(s.roundsFen)} 元</Text>
        </View>
      </View>
      <View className='card savings-formula'>
        <Text className='t-subtitle block'>怎么算的</Text>
        <Text className='t-body block formula formula-trips'>{s.formula.trips}</Text>
        <Text className='t-body block formula formula-per-household'>{s.formula.perHouseholdRound}</Text>
        <Text className='t-body block formula formula-rounds'>{s.formula.rounds}</Text>
        <Text className='t-body block formula formula-total'>{s.formula.total}</Text>
      </View>
      <View className='card savings-assumptions'>
        <Text className='t-subtitle block'>测算口径</Text>
        <Text className='t-body block assumption-round'>每村每轮检查费用：{fenToYuan(a.perVillageRoundFen)} 元</Text>
        <Text className='t-body block assumption-households'>村均户数：{a.householdsPerVillage} 户（每户每轮约 {fenToYuan(a.perHouseholdRoundFen)} 元）</Text>
        <Text className='t-small muted block households-source'>{householdsSource(a.householdsPerVillage)}</Text>
        <Text className='t-body block assumption-trip'>回乡检查一次：{fenToYuan(a.perTripFen)} 元</Text>
        <Text className='t-small muted block assumption-updated'>
          {a.updatedAt ? `${a.updatedBy ?? ''} 于 ${formatTime(a.updatedAt)} 修改` : '项目报告的默认口径，尚未修改'}
        </Text>
      </View>
      {s.villages.length ? (
        <View className='card savings-villages'>
          <Text className='t-subtitle block'>各村</Text>
          {s.villages.map((v) => (
            <View key={v.id} className='list-row savings-village' data-id={v.id}>
              <View className='entry'>
                <Text className='t-body block'>{v.name}</Text>
                <Text className='t-small muted block'>{v.households} 户 · 免去往返 {v.tripsAvoided} 次 · 减少检查 {v.roundsAvoided} 户次</Text>
              </View>
              <Text className='t-body'>{fenToYuan(v.totalFen)} 元</Text>
            </View>
          ))}
        </View>
      ) : <Empty text='还没有村的数据' />}
    </View>
  )
}

function Savings() {
  const thisYear = Number(todayInBeijing().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [editing, setEditing] = useState(false)
  const { state, reload } = useAction('savings.get', { year })
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  return (
    <View>
      <View className='filters'>
        {[thisYear, thisYear - 1].map((y) => (
          <Text key={y} className={`filter-tab year-option ${y === year ? 'active' : ''}`} data-id={String(y)} onClick={() => setYear(y)}>{y}年</Text>
        ))}
      </View>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={() => reload()} /> : null}
      {state.status === 'ready' ? (
        <View>
          {editing
            ? <AssumptionsForm a={state.data.assumptions} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); void reload(true) }} />
            : <ActionButton className='btn-edit-assumptions' primary={false} onClick={() => setEditing(true)}>修改测算口径</ActionButton>}
          <Figures s={state.data} />
        </View>
      ) : null}
    </View>
  )
}

export default function SavingsPage() {
  return (
    <PageShell title='节约测算'>
      <SessionGate role='township'>{() => <Savings />}</SessionGate>
    </PageShell>
  )
}
