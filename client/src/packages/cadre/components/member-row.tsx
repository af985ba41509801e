import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { InviteView, MemberView } from '@chengxin/shared/src/api'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'
import { InviteCard } from './invite-card'

interface Props { householdId: string; householdLabel: string; member: MemberView; canEdit: boolean }

/** One member: name, relation, masked ID number, working away; 发邀请码 and 小组 actions. */
export function MemberRow({ householdId, householdLabel, member: m, canEdit }: Props) {
  const [invite, setInvite] = useState<InviteView | null>(null)
  const { submitting, error, run } = useSubmit()
  const issue = async () => {
    const out = await run((requestId) => call('invite.create', { kind: 'member', householdId, memberId: m.id, expiresInDays: 7 }, { requestId }), {
      title: '发邀请码', content: `为 ${m.name} 生成绑定邀请码？7天内有效，只能用一次。`, confirmText: '生成',
    })
    if (out) setInvite(out.invite)
  }
  const panel = () => Taro.navigateTo({
    url: `/packages/cadre/pages/panel/index?householdId=${encodeURIComponent(householdId)}&memberId=${encodeURIComponent(m.id)}&name=${encodeURIComponent(m.name)}&label=${encodeURIComponent(householdLabel)}`,
  })
  return (
    <View className='member-box member-row' data-id={m.id}>
      <View className='row'>
        <Text className='t-body member-name'>{m.name}</Text>
        <Text className='t-small muted'>（{m.relation}）</Text>
        {m.isHead ? <Text className='tag member-head'>户主</Text> : null}
        {m.workingAway ? <Text className='tag member-away'>外出 · {m.workingAway.city}</Text> : null}
      </View>
      <Text className='t-small muted block member-id'>身份证号：{m.idMasked ?? '未登记'}</Text>
      {canEdit ? (
        <View className='row'>
          <Text className={`btn btn-ghost btn-small btn-invite ${submitting ? 'is-disabled' : ''}`} onClick={issue}>{submitting ? '正在生成…' : '发邀请码'}</Text>
          <Text className='btn btn-ghost btn-small btn-panel' onClick={panel}>小组</Text>
        </View>
      ) : null}
      <ErrorLine error={error} />
      {invite ? <InviteCard invite={invite} /> : null}
    </View>
  )
}
