import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { PanelGroup, PanelMember } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'
import { Chips } from './fields'
import { PANEL_GROUPS, PANEL_GROUP_LABELS } from './labels'

interface Props {
  householdId: string
  memberId: string
  name: string
  householdLabel: string
  groups: PanelGroup[]
  onSaved: (m: PanelMember) => void
}

/** Which of 评议 / 监督 / 理财 小组 one bound resident sits on; none ends their panel role. */
export function PanelAssign({ householdId, memberId, name, householdLabel, groups: initial, onSaved }: Props) {
  const [groups, setGroups] = useState<PanelGroup[]>(initial)
  const { submitting, error, run } = useSubmit()
  const toggle = (g: PanelGroup) => setGroups((gs) => (gs.includes(g) ? gs.filter((x) => x !== g) : [...gs, g]))
  const changed = [...groups].sort().join() !== [...initial].sort().join()
  const save = async () => {
    const out = await run((requestId) => call('panel.assign', { householdId, memberId, groups }, { requestId }),
      groups.length === 0 ? { title: '退出小组', content: `${name} 将不再担任任何小组成员，确认？`, confirmText: '确认' } : undefined)
    if (!out) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved(out.member)
  }
  return (
    <View className='panel-assign' data-member={memberId}>
      <Text className='t-body block'>{name}<Text className='t-small muted'>（{householdLabel}）</Text></Text>
      <Chips options={PANEL_GROUPS} labels={PANEL_GROUP_LABELS} selected={groups} onToggle={toggle} className='panel-groups' />
      <ActionButton className='btn-save-panel' disabled={!changed || submitting} onClick={save}>{submitting ? '正在保存…' : '保存小组安排'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}
