import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { formatTime } from '../../../../components/format'
import { call } from '../../../../services/cloud'
import { CadreInviteForm } from '../../components/cadre-invite-form'
import '../../components/township.css'

function Invites() {
  const { list, reload, loadMore } = usePagedList('open', (offset, limit) => call('invite.list', { offset, limit }))
  return (
    <View>
      <CadreInviteForm onCreated={() => { void reload() }} />
      <Text className='t-subtitle block'>未使用的邀请码</Text>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText='没有未使用的邀请码'>
        {(items) => (
          <View className='card'>
            {items.map((i) => (
              <View key={i.code} className='list-row invite-row' data-code={i.code}>
                <View className='entry'>
                  <Text className='t-body block'>{i.villageName ?? ''} · {i.memberName ?? '村专干'}</Text>
                  <Text className='t-small muted block'>有效期至 {formatTime(i.expiresAt)}</Text>
                </View>
                <Text className='t-body invite-row-code'>{i.code}</Text>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}

export default function TownshipInvitesPage() {
  return (
    <PageShell title='村专干邀请码'>
      <SessionGate role='township'>{() => <Invites />}</SessionGate>
    </PageShell>
  )
}
