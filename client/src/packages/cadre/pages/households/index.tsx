import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { call } from '../../../../services/cloud'
import { GroupPicker } from '../../components/group-picker'
import { MANAGEMENT_LABELS } from '../../components/labels'
import '../../components/cadre.css'

function Roster() {
  const [groupId, setGroupId] = useState<string | null>(null)
  const [typed, setTyped] = useState('')
  const [headName, setHeadName] = useState('')
  const { list, reload, loadMore } = usePagedList(`${groupId}|${headName}`, (offset, limit) =>
    call('household.list', { groupId: groupId ?? undefined, headName: headName || undefined, offset, limit }))
  usePullDownRefresh(() => { void reload() })

  return (
    <View>
      <ActionButton className='btn-add-household' onClick={() => Taro.navigateTo({ url: '/packages/cadre/pages/household-edit/index' })}>新增一户</ActionButton>
      <View className='card'>
        <View className='row household-search'>
          <Input className='cx-input entry' value={typed} maxlength={20} placeholder='输入户主姓名查找' confirmType='search'
            onInput={(e) => setTyped(e.detail.value)} onConfirm={() => setHeadName(typed.trim())} />
          <Text className='btn btn-ghost btn-small btn-search' onClick={() => setHeadName(typed.trim())}>查找</Text>
        </View>
        <GroupPicker value={groupId} onChange={setGroupId} allowAll className='group-filter' />
        <Text className='t-small muted block household-total'>{list.loaded ? `共 ${list.total} 户` : ''}{headName ? ` · 户主姓名含“${headName}”` : ''}</Text>
      </View>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText={headName ? '没有找到这位户主' : '这里还没有农户'}>
        {(items) => (
          <View className='card'>
            {items.map((h) => (
              <View key={h.id} className='list-row household-row' data-id={h.id}
                onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/household/index?id=${encodeURIComponent(h.id)}` })}>
                <View className='entry'>
                  <Text className='t-body block'>{h.groupName} {h.label}</Text>
                  <Text className='t-small muted block'>户主 {h.headName} · {h.memberCount} 人{h.workingAwayCount ? ` · 外出 ${h.workingAwayCount} 人` : ''}</Text>
                </View>
                <Text className={`tag mgmt-${h.managementType}`}>{MANAGEMENT_LABELS[h.managementType]}</Text>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}

export default function HouseholdsPage() {
  return (
    <PageShell title='户籍名册'>
      <SessionGate role='cadre'>{() => <Roster />}</SessionGate>
    </PageShell>
  )
}
