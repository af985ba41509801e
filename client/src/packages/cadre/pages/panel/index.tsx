import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { PanelGroup } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { useAction } from '../../../../components/use-action'
import { Loading } from '../../../../components/state-views'
import { call } from '../../../../services/cloud'
import { PanelAssign } from '../../components/panel-assign'
import { PANEL_GROUPS, PANEL_GROUP_LABELS } from '../../components/labels'
import '../../components/cadre.css'

interface Target { householdId: string; memberId: string; name: string; label: string }

/** Opened from a member on the household page: that member's groups, prefilled. */
function FromMember({ t, onSaved }: { t: Target; onSaved: () => void }) {
  const { state } = useAction('panel.list', { limit: 50 })
  if (state.status === 'loading') return <Loading />
  const current = state.status === 'ready' ? state.data.items.find((m) => m.householdId === t.householdId && m.memberId === t.memberId) : undefined
  return (
    <View className='card panel-target'>
      <Text className='t-subtitle block'>安排小组</Text>
      <PanelAssign householdId={t.householdId} memberId={t.memberId} name={t.name} householdLabel={t.label} groups={current?.groups ?? []} onSaved={onSaved} />
      <Text className='t-small muted block'>只有已用邀请码绑定微信的村民才能加入小组。</Text>
    </View>
  )
}

function PanelPage({ target }: { target: Target | null }) {
  const [group, setGroup] = useState<PanelGroup | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const { list, reload, loadMore } = usePagedList(group ?? 'all', (offset, limit) => call('panel.list', { group: group ?? undefined, offset, limit }))
  return (
    <View>
      {target ? <FromMember t={target} onSaved={() => reload()} /> : null}
      <View className='filters'>
        {[null, ...PANEL_GROUPS].map((g) => (
          <Text key={g ?? 'all'} className={`filter-tab filter-${g ?? 'all'} ${g === group ? 'active' : ''}`} onClick={() => setGroup(g)}>
            {g ? PANEL_GROUP_LABELS[g] : '全部'}
          </Text>
        ))}
      </View>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText='还没有小组成员' emptyHint='在户籍名册里打开一户，点成员下面的“小组”来安排。'>
        {(items) => (
          <View className='card'>
            {items.map((m) => {
              const key = `${m.householdId}/${m.memberId}`
              return (
                <View key={key} className='list-row panel-row' data-id={key}>
                  {open === key ? (
                    <View className='entry'>
                      <PanelAssign householdId={m.householdId} memberId={m.memberId} name={m.name} householdLabel={`${m.groupName} ${m.householdLabel}`}
                        groups={m.groups} onSaved={() => { setOpen(null); void reload() }} />
                    </View>
                  ) : (
                    <View className='entry' onClick={() => setOpen(key)}>
                      <Text className='t-body block'>{m.name}<Text className='t-small muted'>（{m.groupName} {m.householdLabel}）</Text></Text>
                      <Text className='t-small muted block panel-row-groups'>{m.groups.map((g) => PANEL_GROUP_LABELS[g]).join('、')}  · 点此调整</Text>
                    </View>
                  )}
                </View>
              )
            })}
          </View>
        )}
      </PagedView>
      <ActionButton className='btn-pick-from-roster' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/cadre/pages/households/index' })}>从户籍名册添加成员</ActionButton>
    </View>
  )
}

export default function CadrePanelPage() {
  const p = useRouter().params
  const target = p.householdId && p.memberId
    ? { householdId: decodeURIComponent(p.householdId), memberId: decodeURIComponent(p.memberId), name: decodeURIComponent(p.name ?? ''), label: decodeURIComponent(p.label ?? '') }
    : null
  return (
    <PageShell title='评议、监督、理财小组'>
      <SessionGate role='cadre'>{() => <PanelPage target={target} />}</SessionGate>
    </PageShell>
  )
}
