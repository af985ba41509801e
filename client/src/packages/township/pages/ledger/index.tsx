import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { money } from '../../../../components/ledger-labels'
import { useAction } from '../../../../components/use-action'
import '../../components/township.css'

/** Every village's ledger totals: balance, entries, and the latest quarter's money in and out. */
function Totals() {
  const { state, reload } = useAction('ledger.summary', {})
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const villages = state.data.villages
  if (villages.length === 0) return <Empty text='还没有村' />
  return (
    <View>
      <Text className='t-small muted block'>只显示各村已审核入账的合计，不显示农户。</Text>
      {villages.map((v) => {
        const last = v.quarters[v.quarters.length - 1]
        return (
          <View key={v.villageId} className={`card ledger-village village-${v.villageId}`}>
            <Text className='t-subtitle block'>{v.villageName}</Text>
            <Text className='t-body block'>结余 {money(v.balanceFen)} 元，共 {v.count} 笔</Text>
            {last ? <Text className='t-small muted block'>{last.quarter}：收入 {money(last.inFen)} 元，支出 {money(last.outFen)} 元</Text> : <Text className='t-small muted block'>还没有入账的账目</Text>}
          </View>
        )
      })}
    </View>
  )
}

export default function TownshipLedgerPage() {
  return (
    <PageShell title='各村账目'>
      <SessionGate role='township'>{() => <Totals />}</SessionGate>
    </PageShell>
  )
}
