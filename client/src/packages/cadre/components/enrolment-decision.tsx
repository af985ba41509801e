import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { EnrolmentCategory, EnrolmentChangeOutput, EnrolmentView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'
import { Chips } from './fields'
import { CATEGORIES, MANAGEMENT_LABELS } from './labels'
import { ReasonForm } from './reason-form'

type Mode = 'idle' | 'reject' | 'revoke'
interface Props { e: EnrolmentView; onChanged: (out: EnrolmentChangeOutput) => void }

/** Pending: approve with a category (the requested one unless changed) or reject with a reason.
 * Approved: revoke with a reason. */
export function EnrolmentDecision({ e, onChanged }: Props) {
  const [category, setCategory] = useState<EnrolmentCategory>(e.requestedCategory)
  const [mode, setMode] = useState<Mode>('idle')
  const { submitting, error, run } = useSubmit()
  const done = (out: EnrolmentChangeOutput | null, toast: string) => {
    if (!out) return
    setMode('idle')
    void Taro.showToast({ title: toast, icon: 'success' })
    onChanged(out)
  }

  const approve = async () => {
    const differs = category !== e.requestedCategory
    done(await run((requestId) => call('enrolment.decide', { enrolmentId: e.id, outcome: 'approved', category }, { requestId }), {
      title: '批准申请',
      content: `确认批准 ${e.householdLabel} 纳入“${MANAGEMENT_LABELS[category]}”管理？${differs ? `（申请的是“${MANAGEMENT_LABELS[e.requestedCategory]}”）` : ''}`,
      confirmText: '批准',
    }), '已批准')
  }
  const reject = async (reason: string) =>
    done(await run((requestId) => call('enrolment.decide', { enrolmentId: e.id, outcome: 'rejected', reason }, { requestId }),
      { title: '驳回申请', content: `确认驳回 ${e.householdLabel} 的申请？理由会告知该户。`, confirmText: '驳回' }), '已驳回')
  const revoke = async (reason: string) =>
    done(await run((requestId) => call('enrolment.revoke', { enrolmentId: e.id, reason }, { requestId }),
      { title: '取消诚信管理', content: `确认取消 ${e.householdLabel} 的诚信管理？该户将回到协议管理，理由会告知该户。`, confirmText: '确认取消' }), '已取消')

  if (mode === 'reject') {
    return <ReasonForm title='驳回申请' name='reject' placeholder='请写明理由和改进办法' submitLabel='驳回' submitting={submitting} error={error} onSubmit={reject} onCancel={() => setMode('idle')} />
  }
  if (mode === 'revoke') {
    return <ReasonForm title='取消诚信管理' name='revoke' placeholder='请写明取消的理由' submitLabel='取消诚信管理' submitting={submitting} error={error} onSubmit={revoke} onCancel={() => setMode('idle')} />
  }
  if (e.status === 'pending') {
    return (
      <View className='card enrolment-decide'>
        <Text className='t-subtitle block'>审核</Text>
        <Text className='t-small muted block'>批准的类别（默认为申请的类别，可按评议结果调整）</Text>
        <Chips options={CATEGORIES} labels={MANAGEMENT_LABELS} selected={[category]} onToggle={setCategory} className='category-picker' />
        <View className='actions-row'>
          <ActionButton className='btn-reject' primary={false} disabled={submitting} onClick={() => setMode('reject')}>驳回</ActionButton>
          <ActionButton className='btn-approve' disabled={submitting} onClick={approve}>{submitting ? '正在提交…' : '批准'}</ActionButton>
        </View>
        <ErrorLine error={error} />
      </View>
    )
  }
  if (e.status === 'approved') {
    return <ActionButton className='btn-revoke' primary={false} onClick={() => setMode('revoke')}>取消该户的诚信管理</ActionButton>
  }
  return null
}
