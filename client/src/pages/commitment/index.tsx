import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../components/action-button'
import { PageShell } from '../../components/page-shell'
import { SessionGate } from '../../components/session-gate'
import { useAction, useChange } from '../../components/use-action'
import { CommitmentDoc } from '../../components/commitment-view'
import { Empty, ErrorLine, ErrorView, Loading } from '../../components/state-views'
import { call } from '../../services/cloud'
import { askSubscribe, prefetchSubscriptions } from '../../services/subscribe'

export const SIGN_CONFIRM = '确认已阅读并同意以上承诺？签署后不可撤回'

function MyCommitment() {
  const { state, reload } = useAction('commitment.mine', {})
  const change = useChange()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  useEffect(() => { void prefetchSubscriptions() }, [])

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { commitment: c, canSign } = state.data
  if (!c) return <Empty text='村里还没有发布承诺书' hint='发布后会通知您阅读并签署。' />

  const sign = async () => {
    // First await of the tap: WeChat shows the subscribe popup only straight from a tap.
    await askSubscribe('commitment-sign')
    const { confirm } = await Taro.showModal({ title: '签署承诺书', content: SIGN_CONFIRM, confirmText: '确认签署', cancelText: '再看看' })
    if (!confirm) return
    setSubmitting(true)
    setError(null)
    const r = await change((requestId) => call('commitment.sign', { commitmentId: c.id, contentHash: c.contentHash }, { requestId }))
    setSubmitting(false)
    if (r.ok) {
      void Taro.showToast({ title: '签署成功', icon: 'success' })
      void reload(true)
      return
    }
    setError(r.error)
    // The text changed under us: show the new version so the head reads it before signing.
    if (r.error.code === 'CONTENT_CHANGED' || r.error.code === 'COMMITMENT_STATE') void reload(true)
  }

  const awaitingHousehold = c.status === 'awaiting-household'
  return (
    <View>
      <CommitmentDoc c={c} />
      {awaitingHousehold && canSign ? (
        <View className='card sign-panel'>
          <Text className='t-body block'>请认真阅读双方的承诺。签署时会记录您的姓名、时间、版本和内容校验码。</Text>
          <ActionButton className='btn-sign' disabled={submitting} onClick={sign}>
            {submitting ? '正在签署…' : '签署'}
          </ActionButton>
          <ErrorLine error={error} />
        </View>
      ) : null}
      {awaitingHousehold && !canSign ? (
        <View className='card sign-hint'>
          <Text className='t-body block'>本户承诺书需由户主本人签署。请提醒户主打开小程序签署。</Text>
        </View>
      ) : null}
      {c.status === 'awaiting-village' ? (
        <Text className='t-body muted block'>户主已签署，等待村委会会签。</Text>
      ) : null}
    </View>
  )
}

export default function CommitmentPage() {
  return (
    <PageShell title='双向承诺书'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident')
          ? <MyCommitment />
          : <Empty text='您还没有绑定到户' hint='用村里发给您家的邀请码绑定后，就能查看和签署本户的承诺书。' />)}
      </SessionGate>
    </PageShell>
  )
}
