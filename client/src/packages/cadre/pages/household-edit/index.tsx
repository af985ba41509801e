import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { HouseholdView, MemberInput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { call } from '../../../../services/cloud'
import { GroupPicker } from '../../components/group-picker'
import { TextField } from '../../components/fields'
import { MemberEditor, draftOf, memberProblem, newMember, type MemberDraft } from '../../components/member-editor'
import '../../components/cadre.css'

/** The wire form: blank ID number = unchanged; working away is always stated on edit. */
function toInput(m: MemberDraft, editing: boolean): Omit<MemberInput, 'idNumber'> & { idNumber?: string } {
  const city = m.away ? m.city.trim() : null
  return {
    ...(m.id ? { id: m.id } : {}),
    name: m.name.trim(),
    relation: m.relation.trim(),
    isHead: m.isHead,
    ...(m.idNumber.trim() ? { idNumber: m.idNumber.trim() } : {}),
    ...(editing || city ? { workingAwayCity: city } : {}),
  }
}

function HouseholdForm({ existing }: { existing: HouseholdView | null }) {
  const [label, setLabel] = useState(existing?.label ?? '')
  const [groupId, setGroupId] = useState<string | null>(existing?.groupId ?? null)
  const [members, setMembers] = useState<MemberDraft[]>(existing ? existing.members.map(draftOf) : [newMember(true)])
  const { submitting, error, run } = useSubmit()
  const problem = !label.trim() ? '请填写户名' : !groupId ? '请选择村民组' : memberProblem(members)

  const save = async () => {
    if (problem || !groupId) return
    const ms = members.map((m) => toInput(m, !!existing))
    const out = existing
      ? await run((requestId) => call('household.update', {
        householdId: existing.id, label: label.trim(), members: ms, ...(groupId !== existing.groupId ? { groupId } : {}),
      }, { requestId }), groupId !== existing.groupId ? { title: '调整村民组', content: '确认把这一户调整到所选的村民组？', confirmText: '确认' } : undefined)
      : await run((requestId) => call('household.create', { groupId, label: label.trim(), members: ms }, { requestId }))
    if (!out) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    if (existing) void Taro.navigateBack()
    else void Taro.redirectTo({ url: `/packages/cadre/pages/household/index?id=${encodeURIComponent(out.household.id)}` })
  }

  return (
    <View className='household-form'>
      <View className='card'>
        <TextField label='户名' className='household-label-input' value={label} maxlength={30} placeholder='如 王大山户' onChange={setLabel} />
        <Text className='t-small muted block'>村民组</Text>
        <GroupPicker value={groupId} onChange={setGroupId} className='group-select' />
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>家庭成员</Text>
        <MemberEditor members={members} onChange={setMembers} />
      </View>
      {problem ? <Text className='t-small muted block form-hint'>{problem}</Text> : null}
      <ActionButton className='btn-save-household' disabled={!!problem || submitting} onClick={save}>
        {submitting ? '正在保存…' : existing ? '保存修改' : '新增这一户'}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function EditLoader({ id }: { id: string }) {
  const { state, reload } = useAction('household.get', { householdId: id })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  return <HouseholdForm existing={state.data.household} />
}

export default function HouseholdEditPage() {
  const id = useRouter().params.id
  return (
    <PageShell title={id ? '修改农户' : '新增农户'}>
      <SessionGate role='cadre'>{() => (id ? <EditLoader id={decodeURIComponent(id)} /> : <HouseholdForm existing={null} />)}</SessionGate>
    </PageShell>
  )
}
