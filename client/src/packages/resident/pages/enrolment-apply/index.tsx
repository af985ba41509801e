import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Textarea } from '@tarojs/components'
import type { EnrolmentCategory } from '@chengxin/shared/src/api'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction, useChange } from '../../../../components/use-action'
import { CATEGORY_EXPLANATIONS, CATEGORY_ORDER, MANAGEMENT_LABELS } from '../../../../components/resident-labels'
import { call } from '../../../../services/cloud'
import { askSubscribe, prefetchSubscriptions } from '../../../../services/subscribe'
import '../../resident.css'

export const applyConfirm = (c: EnrolmentCategory) => `确认以户主身份申请纳入“${MANAGEMENT_LABELS[c]}”？提交后由村里审核，审核前可以撤回。`
const MAX = 2000

function ApplyForm() {
  const { state, reload } = useAction('enrolment.mine', {})
  const [category, setCategory] = useState<EnrolmentCategory | null>(null)
  const [statement, setStatement] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const change = useChange()
  useEffect(() => { void prefetchSubscriptions() }, [])

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  if (!state.data.canApply) {
    return <Empty text='现在不能提交新申请' hint='本户已有待审核或已批准的申请。请回到“诚信管理”查看。' />
  }

  const ready = !!category && statement.trim().length > 0
  const submit = async () => {
    if (!category) return
    // First await of the tap: WeChat shows the subscribe popup only straight from a tap.
    await askSubscribe('enrolment-apply')
    const { confirm } = await Taro.showModal({ title: '提交申请', content: applyConfirm(category), confirmText: '提交', cancelText: '再看看' })
    if (!confirm) return
    setBusy(true)
    setError(null)
    const r = await change((requestId) => call('enrolment.apply', { category, statement: statement.trim() }, { requestId }))
    setBusy(false)
    if (!r.ok) return setError(r.error)
    void Taro.showToast({ title: '申请已提交', icon: 'success' })
    void Taro.navigateBack()
  }

  return (
    <View>
      <View className='card'>
        <Text className='t-subtitle block'>第一步：选择申请的类别</Text>
        {CATEGORY_ORDER.map((c) => (
          <View key={c} className={`category-option category-${c} ${category === c ? 'selected' : ''}`} onClick={() => setCategory(c)}>
            <Text className='t-body block'>{category === c ? '● ' : '○ '}{MANAGEMENT_LABELS[c]}</Text>
            <Text className='t-small muted block'>{CATEGORY_EXPLANATIONS[c]}</Text>
          </View>
        ))}
        <Text className='t-small muted block'>最后的类别由村里审核确定，可能与您申请的不同。</Text>
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>第二步：写申请书</Text>
        <Text className='t-body muted block'>用自己的话写明为什么申请、愿意做到什么。</Text>
        <Textarea className='textarea statement-input' value={statement} maxlength={MAX} placeholder='例如：本户多年遵守村规民约，按时参加各项服务……' onInput={(e) => setStatement(e.detail.value)} />
        <Text className='t-small muted block'>{statement.trim().length}/{MAX}</Text>
      </View>
      <ActionButton className='btn-submit-apply' disabled={!ready || busy} onClick={submit}>
        {busy ? '正在提交…' : '第三步：确认提交'}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

export default function EnrolmentApplyPage() {
  return (
    <PageShell title='申请诚信管理'>
      <SessionGate>
        {(me) => (me.household?.isHead && me.roles.includes('resident')
          ? <ApplyForm />
          : <Empty text='需由户主本人申请' hint='请提醒户主打开小程序办理。您可以在“诚信管理”查看本户状态。' />)}
      </SessionGate>
    </PageShell>
  )
}
