import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction, useChange } from '../../../../components/use-action'
import { CommitmentDoc } from '../../../../components/commitment-view'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { call } from '../../../../services/cloud'

export const COUNTERSIGN_CONFIRM = '确认以村委会名义会签本户承诺书？签署后不可撤回'

function Countersign({ id }: { id: string }) {
  const { state, reload } = useAction('commitment.get', { commitmentId: id })
  const change = useChange()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { commitment: c, canCountersign } = state.data

  const countersign = async () => {
    const { confirm } = await Taro.showModal({ title: '村委会会签', content: COUNTERSIGN_CONFIRM, confirmText: '确认会签', cancelText: '取消' })
    if (!confirm) return
    setSubmitting(true)
    setError(null)
    const r = await change((requestId) => call('commitment.countersign', { commitmentId: c.id, contentHash: c.contentHash }, { requestId }))
    setSubmitting(false)
    if (r.ok) {
      void Taro.showToast({ title: '会签成功', icon: 'success' })
      void reload(true)
      return
    }
    setError(r.error)
    if (r.error.code === 'CONTENT_CHANGED' || r.error.code === 'COMMITMENT_STATE') void reload(true)
  }

  return (
    <View>
      <CommitmentDoc c={c} />
      {canCountersign && c.status === 'awaiting-village' ? (
        <View className='card'>
          <Text className='t-body block'>户主已签署。请核对双方条款后会签。</Text>
          <ActionButton className='btn-countersign' disabled={submitting} onClick={countersign}>
            {submitting ? '正在会签…' : '会签'}
          </ActionButton>
          <ErrorLine error={error} />
        </View>
      ) : null}
      {c.status === 'awaiting-household' ? <Text className='t-body muted block'>等待户主先签署，之后才能会签。</Text> : null}
    </View>
  )
}

export default function CadreCommitmentPage() {
  const id = useRouter().params.id
  return (
    <PageShell title='承诺书会签'>
      <SessionGate role='cadre'>
        {() => (id ? <Countersign id={decodeURIComponent(id)} /> : <Empty text='没有指定承诺书' hint='请从本村承诺书列表进入。' />)}
      </SessionGate>
    </PageShell>
  )
}
