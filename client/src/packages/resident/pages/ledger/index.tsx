import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { LedgerEntryView, LedgerListOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { money } from '../../../../components/ledger-labels'
import { useAction } from '../../../../components/use-action'
import { call } from '../../../../services/cloud'
import { LedgerCard } from '../../components/ledger-card'
import { LedgerVerify } from '../../components/ledger-verify'
import { LedgerExport } from '../../components/ledger-export'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import '../../resident.css'

export const REVERSE_URL = '/packages/panel/pages/ledger-record/index?reverses='

function Totals() {
  const { state, reload } = useAction('ledger.summary', {})
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const v = state.data.villages[0]
  if (!v) return null
  return (
    <View className='card ledger-totals'>
      <Text className='t-subtitle block'>季度收支</Text>
      {v.quarters.length === 0 ? <Text className='t-body muted block'>还没有入账的账目</Text> : null}
      {[...v.quarters].reverse().map((q) => (
        <Text key={q.quarter} className={`t-body block quarter quarter-${q.quarter}`}>
          {q.quarter}：收入 {money(q.inFen)} 元，支出 {money(q.outFen)} 元，共 {q.count} 笔
        </Text>
      ))}
      {state.data.published.length ? (
        <Text className='t-small muted block ledger-published'>已公示：{state.data.published.map((p) => p.quarter).join('、')}</Text>
      ) : null}
    </View>
  )
}

function Ledger() {
  const [view, setView] = useState<'ledger' | 'mine'>('ledger')
  const [head, setHead] = useState<Pick<LedgerListOutput, 'villageName' | 'balanceFen' | 'finance'> | null>(null)
  const { list, load } = usePaged<LedgerEntryView, LedgerListOutput>(
    (offset) => call('ledger.list', { view, offset, limit: PAGE_SIZE }), view, (p) => setHead(p),
  )
  return (
    <View>
      <View className='card ledger-head'>
        <Text className='t-subtitle block'>{head?.villageName ?? ''}村级账目</Text>
        <Text className='t-title block ledger-balance'>结余 {money(head?.balanceFen ?? 0)} 元</Text>
        <Text className='t-small muted block'>每笔账由理财小组一人登记、另一人审核后入账，入账后不能修改，更正要另记一笔冲正。其他农户显示为“某户”。</Text>
      </View>
      <View className='tabs'>
        <Text className={`tab tab-all ${view === 'ledger' ? 'active' : ''}`} onClick={() => setView('ledger')}>全村账目</Text>
        <Text className={`tab tab-mine ${view === 'mine' ? 'active' : ''}`} onClick={() => setView('mine')}>本户账目</Text>
      </View>
      {view === 'ledger' ? <Totals /> : null}
      {!list.loaded && list.loading ? <Loading /> : null}
      {!list.loaded && list.error ? <ErrorView error={list.error} onRetry={() => load(0)} /> : null}
      {list.loaded && list.items.length === 0 ? <Empty text={view === 'mine' ? '没有涉及本户的账目' : '还没有入账的账目'} /> : null}
      {list.items.map((e) => (
        <LedgerCard key={e.id} e={e}>
          {e.canReverse ? (
            <ActionButton className='btn-reverse' primary={false} onClick={() => Taro.navigateTo({ url: `${REVERSE_URL}${e.id}&seq=${e.seq}` })}>登记冲正</ActionButton>
          ) : null}
        </LedgerCard>
      ))}
      <PagedFooter list={list} onMore={() => load(list.items.length)} />
      <LedgerVerify />
      <LedgerExport />
    </View>
  )
}

export default function LedgerPage() {
  return (
    <PageShell title='村账公开'>
      <SessionGate>{() => <Ledger />}</SessionGate>
    </PageShell>
  )
}
