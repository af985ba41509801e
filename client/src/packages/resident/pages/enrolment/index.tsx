import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { EnrolmentView } from '@chengxin/shared/src/api'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { formatTime } from '../../../../components/format'
import { useAction, useChange } from '../../../../components/use-action'
import { CATEGORY_EXPLANATIONS, ENROLMENT_STATUS_LABELS, MANAGEMENT_LABELS } from '../../../../components/resident-labels'
import { call } from '../../../../services/cloud'
import type { Me } from '../../../../stores/session'
import '../../resident.css'

export const WITHDRAW_PENDING_CONFIRM = '撤回后这份申请作废，以后可以重新申请。确认撤回？'
export const LEAVE_CONFIRM = '退出后本户回到协议管理，检查按协议管理安排。确认退出诚信管理？'
export const APPLY_URL = '/packages/resident/pages/enrolment-apply/index'

function Steps({ e }: { e: EnrolmentView }) {
  return (
    <View className='steps'>
      {e.history.map((s, i) => (
        <View key={i} className={`step step-${s.status}`}>
          <Text className='t-small block'>
            {formatTime(s.at)} · {s.byName}（{s.byRole === 'cadre' ? '村里' : '户主'}）{ENROLMENT_STATUS_LABELS[s.status]}
            {s.category && s.status === 'approved' ? `：${MANAGEMENT_LABELS[s.category]}` : ''}
          </Text>
          {s.reason ? <Text className='t-small muted block'>理由：{s.reason}</Text> : null}
        </View>
      ))}
    </View>
  )
}

function Current({ e, canWithdraw, onChanged }: { e: EnrolmentView; canWithdraw: boolean; onChanged: () => void }) {
  const change = useChange()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const pending = e.status === 'pending'
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: pending ? '撤回申请' : '退出诚信管理', content: pending ? WITHDRAW_PENDING_CONFIRM : LEAVE_CONFIRM, confirmText: '确认', cancelText: '不了',
    })
    if (!confirm) return
    setBusy(true)
    setError(null)
    const r = await change((requestId) => call('enrolment.withdraw', { enrolmentId: e.id }, { requestId }))
    setBusy(false)
    if (!r.ok) return setError(r.error)
    void Taro.showToast({ title: pending ? '已撤回' : '已退出', icon: 'success' })
    onChanged()
  }
  return (
    <View className={`card enrolment-current current-${e.status}`}>
      <Text className='t-subtitle block'>{pending ? '正在审核的申请' : '已纳入诚信管理'}</Text>
      <Text className={`tag enrolment-status status-${e.status}`}>{ENROLMENT_STATUS_LABELS[e.status]}</Text>
      <Text className='t-body block'>申请类别：{MANAGEMENT_LABELS[e.requestedCategory]}</Text>
      {e.category ? <Text className='t-body block'>村里确定：{MANAGEMENT_LABELS[e.category]}</Text> : null}
      <Text className='t-small muted block'>申请时间：{formatTime(e.appliedAt)}</Text>
      <Text className='t-body block statement'>申请书：{e.statement}</Text>
      {canWithdraw ? (
        <ActionButton className='btn-withdraw' primary={false} disabled={busy} onClick={withdraw}>
          {busy ? '正在提交…' : pending ? '撤回申请' : '退出诚信管理'}
        </ActionButton>
      ) : null}
      <ErrorLine error={error} />
    </View>
  )
}

function Enrolment({ me }: { me: Me }) {
  const { state, reload } = useAction('enrolment.mine', {})
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const d = state.data
  const isHead = !!me.household?.isHead
  return (
    <View>
      <View className='card management'>
        <Text className='t-body muted block'>本户现在是</Text>
        <Text className={`block management-now management-type type-${d.managementType}`}>{MANAGEMENT_LABELS[d.managementType]}</Text>
        {d.managementSince ? <Text className='t-small muted block'>自 {formatTime(d.managementSince).slice(0, 10)} 起</Text> : null}
        {d.managementType === 'contract'
          ? <Text className='t-body block'>协议管理是默认方式。守约的家庭可以书面申请纳入诚信管理，由村里审核。</Text>
          : <Text className='t-body block'>{CATEGORY_EXPLANATIONS[d.managementType]}</Text>}
      </View>
      {d.current ? <Current e={d.current} canWithdraw={d.canWithdraw && isHead} onChanged={() => reload(true)} /> : null}
      {d.canApply && isHead ? (
        <ActionButton className='btn-apply' onClick={() => Taro.navigateTo({ url: APPLY_URL })}>申请纳入诚信管理</ActionButton>
      ) : null}
      {!isHead ? <Text className='t-body muted block head-hint'>申请和撤回需由户主本人办理。</Text> : null}
      <View className='card enrolment-history'>
        <Text className='t-subtitle block'>申请记录</Text>
        {d.history.length === 0 ? <Text className='t-body muted block'>本户还没有申请过。</Text> : null}
        {d.history.map((e) => (
          <View key={e.id} className={`history-item history-${e.status}`}>
            <Text className='t-body block'>{formatTime(e.appliedAt).slice(0, 10)} 申请{MANAGEMENT_LABELS[e.requestedCategory]} · {ENROLMENT_STATUS_LABELS[e.status]}</Text>
            <Steps e={e} />
          </View>
        ))}
      </View>
    </View>
  )
}

export default function EnrolmentPage() {
  return (
    <PageShell title='诚信管理'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident')
          ? <Enrolment me={me} />
          : <Empty text='您还没有绑定到户' hint='用村里发给您家的邀请码绑定后，就能查看本户的管理类型。' />)}
      </SessionGate>
    </PageShell>
  )
}
