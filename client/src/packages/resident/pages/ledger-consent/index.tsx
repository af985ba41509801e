import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import '../../resident.css'

/** The head's choice whether 村账公开 names the household to neighbours; default 某户. */
function Consent() {
  // ledger.list answers the household's current choice with the ledger's first line.
  const { state, reload } = useAction('ledger.list', { limit: 1 })
  const [named, setNamed] = useState<boolean | null>(null)
  const { submitting, error, run } = useSubmit()
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const current = named ?? state.data.ownNamed

  const choose = async (next: boolean) => {
    const r = await run((requestId) => call('household.consent', { ledgerNamed: next }, { requestId }), {
      title: next ? '公开户名' : '不公开户名',
      content: next ? '村账公开时，本村其他农户将看到与您家有关的账目上的户名。可随时改回。' : '村账公开时，其他农户看到的是“某户”。',
      confirmText: '确定',
    })
    if (r) { setNamed(r.ledgerNamed); void Taro.showToast({ title: '已保存', icon: 'success' }) }
  }
  return (
    <View className='card ledger-consent'>
      <Text className='t-body block'>村账公开时，与您家有关的账目（违约金、奖励）对其他农户显示为：</Text>
      <Text className='t-subtitle block consent-current'>{current ? '本户户名' : '某户（不显示户名）'}</Text>
      <Text className='t-small muted block'>理财小组和村专干总能看到户名；导出的公开账目从不含户名。</Text>
      <ActionButton className={current ? 'btn-consent-withdraw' : 'btn-consent-give'} primary={!current} disabled={submitting} onClick={() => choose(!current)}>
        {submitting ? '正在保存…' : current ? '改为不公开户名' : '同意公开户名'}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

export default function LedgerConsentPage() {
  return (
    <PageShell title='村账公开户名'>
      <SessionGate role='resident'>{(me) => (me.household?.isHead ? <Consent /> : <Text className='t-body block'>只有户主可以设置。</Text>)}</SessionGate>
    </PageShell>
  )
}
