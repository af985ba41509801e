import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { InboxListOutput, InboxMessage } from '@chengxin/shared/src/api'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { formatTime } from '../../../../components/format'
import { useChange } from '../../../../components/use-action'
import { call } from '../../../../services/cloud'
import { setUnread, unreadStore } from '../../../../stores/inbox'
import { useStore } from '../../../../stores/store'
import { openMessagePage } from '../../components/message-page'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import '../../resident.css'

const NOW = () => new Date().toISOString()

function Inbox() {
  const unread = useStore(unreadStore)
  const { list, setList, load } = usePaged<InboxMessage, InboxListOutput>(
    (offset) => call('inbox.list', { limit: PAGE_SIZE, offset }), 'inbox', (p) => setUnread(p.unread))
  const readAll = useChange()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)

  const markLocally = (pred: (m: InboxMessage) => boolean) =>
    setList((l) => ({ ...l, items: l.items.map((m) => (pred(m) && !m.readAt ? { ...m, readAt: NOW() } : m)) }))

  const open = (m: InboxMessage) => {
    if (!m.readAt) {
      // Shown as read at once; the server's count comes back with the reply. Marking is
      // idempotent, so a lost reply costs nothing but a stale badge until the next refresh.
      markLocally((x) => x.id === m.id)
      setUnread(unreadStore.get() - 1)
      void call('inbox.read', { id: m.id }).then((r) => { if (r.ok) setUnread(r.data.unread) })
    }
    if (m.page) void openMessagePage(m.page)
  }

  const markAll = async () => {
    setBusy(true)
    setError(null)
    const r = await readAll((requestId) => call('inbox.read', { all: true }, { requestId }))
    setBusy(false)
    if (!r.ok) return setError(r.error)
    markLocally(() => true)
    setUnread(r.data.unread)
  }

  if (!list.loaded && list.loading) return <Loading />
  if (!list.loaded && list.error) return <ErrorView error={list.error} onRetry={() => load(0)} />
  if (list.items.length === 0) return <Empty text='还没有消息' hint='承诺书、申请审核、文件公示等有进展时，会在这里通知您。' />
  return (
    <View>
      <View className='row inbox-head'>
        <Text className='t-body entry unread-total'>{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
      </View>
      {unread > 0 ? (
        <ActionButton className='btn-read-all' primary={false} disabled={busy} onClick={markAll}>{busy ? '正在处理…' : '全部标为已读'}</ActionButton>
      ) : null}
      <ErrorLine error={error} />
      <View className='card inbox-list'>
        {list.items.map((m) => (
          <View key={m.id} className={`inbox-item ${m.readAt ? 'read' : 'unread'}`} data-id={m.id} onClick={() => open(m)}>
            <View className='row'>
              {m.readAt ? null : <View className='unread-dot' />}
              <Text className='t-body entry inbox-title'>{m.title}</Text>
            </View>
            <Text className='t-body block inbox-body'>{m.body}</Text>
            <Text className='t-small muted block'>{formatTime(m.at)}{m.page ? ' · 点此查看 ›' : ''}</Text>
          </View>
        ))}
      </View>
      <PagedFooter list={list} onMore={() => load(list.items.length)} />
    </View>
  )
}

export default function InboxPage() {
  return (
    <PageShell title='消息'>
      <SessionGate>{() => <Inbox />}</SessionGate>
    </PageShell>
  )
}
