import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { HouseholdView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { call } from '../../../../services/cloud'
import { MANAGEMENT_LABELS } from '../../components/labels'
import { MemberRow } from '../../components/member-row'
import { ReasonForm } from '../../components/reason-form'
import '../../components/cadre.css'

export const ARCHIVE_CONFIRM = '归档后这一户不再出现在名册中，也不能再修改或发邀请码。确认归档？'

/** The commitment of the current template: instances are keyed `<householdId>:v<version>`. */
function CommitmentLink({ householdId }: { householdId: string }) {
  const { state } = useAction('commitment.template.get', {})
  if (state.status !== 'ready' || !state.data.template) return null
  const id = `${householdId}:v${state.data.template.version}`
  return (
    <View className='list-row link-commitment' onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/commitment/index?id=${encodeURIComponent(id)}` })}>
      <Text className='t-body entry'>本户承诺书（第{state.data.template.version}版）签署情况</Text>
      <Text className='t-body muted'>›</Text>
    </View>
  )
}

function Archive({ h, onDone }: { h: HouseholdView; onDone: () => void }) {
  const [open, setOpen] = useState(false)
  const { submitting, error, run } = useSubmit()
  if (!open) return <ActionButton className='btn-archive' primary={false} onClick={() => setOpen(true)}>归档这一户</ActionButton>
  const submit = async (reason: string) => {
    const out = await run((requestId) => call('household.archive', { householdId: h.id, reason }, { requestId }),
      { title: `归档 ${h.label}`, content: ARCHIVE_CONFIRM, confirmText: '确认归档' })
    if (out) { void Taro.showToast({ title: '已归档', icon: 'success' }); onDone() }
  }
  return <ReasonForm title={`归档 ${h.label}`} name='archive' placeholder='例如：全家迁往外地落户' submitLabel='归档' minLength={2}
    submitting={submitting} error={error} onSubmit={submit} onCancel={() => setOpen(false)} />
}

function Detail({ id }: { id: string }) {
  const { state, reload } = useAction('household.get', { householdId: id })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { household: h, canEdit } = state.data
  const editable = canEdit && !h.archived
  return (
    <View className='household-detail'>
      <View className='card'>
        <Text className='t-title block household-label'>{h.label}</Text>
        <Text className='t-body muted block'>{h.villageName} · {h.groupName} · 户主 {h.headName}</Text>
        <View className='row'>
          <Text className={`tag household-mgmt mgmt-${h.managementType}`}>{MANAGEMENT_LABELS[h.managementType]}</Text>
          <Text className='t-small muted'>{h.memberCount} 人{h.workingAwayCount ? `，外出 ${h.workingAwayCount} 人` : ''}</Text>
        </View>
        {h.archived ? <Text className='t-body error-text block household-archived'>已归档：{h.archiveReason ?? ''}</Text> : <CommitmentLink householdId={h.id} />}
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>家庭成员</Text>
        {h.members.map((m) => <MemberRow key={m.id} householdId={h.id} householdLabel={h.label} member={m} canEdit={editable} />)}
        <Text className='t-small muted block'>身份证号只显示部分数字；您每次查看都会记入本户的“查看记录”。</Text>
      </View>
      {editable ? (
        <View>
          <ActionButton className='btn-edit-household' onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/household-edit/index?id=${encodeURIComponent(h.id)}` })}>
            修改本户（成员、外出、村民组）
          </ActionButton>
          <Archive h={h} onDone={() => reload(true)} />
        </View>
      ) : null}
    </View>
  )
}

export default function HouseholdPage() {
  const id = useRouter().params.id
  return (
    <PageShell title='农户详情'>
      <SessionGate role='cadre'>
        {() => (id ? <Detail id={decodeURIComponent(id)} /> : <Empty text='没有指定农户' hint='请从户籍名册进入。' />)}
      </SessionGate>
    </PageShell>
  )
}
