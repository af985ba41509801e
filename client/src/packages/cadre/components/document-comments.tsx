import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { DocumentGetOutput } from '@chengxin/shared/src/api'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { formatTime } from '../../../components/format'
import { call } from '../../../services/cloud'

type Comments = DocumentGetOutput['comments']

/** Residents' opinions during the notice, 50 at a time (document.get's commentOffset). */
export function DocumentComments({ documentId, initial }: { documentId: string; initial: Comments }) {
  const [items, setItems] = useState(initial.items)
  const [total, setTotal] = useState(initial.total)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const more = async () => {
    setLoading(true)
    setError(null)
    const r = await call('document.get', { documentId, commentOffset: items.length })
    setLoading(false)
    if (!r.ok) { setError(r.error); return }
    setItems([...items, ...r.data.comments.items])
    setTotal(r.data.comments.total)
  }
  return (
    <View className='card document-comments'>
      <Text className='t-subtitle block'>村民意见（{total}条）</Text>
      {items.length === 0 ? <Text className='t-body muted block comments-empty'>还没有人提意见</Text> : null}
      {items.map((c) => (
        <View key={c.id} className='item comment-row'>
          <Text className='t-body block'>{c.text}</Text>
          <Text className='t-small muted block'>{c.name} · {formatTime(c.at)}</Text>
        </View>
      ))}
      {items.length < total ? (
        <ActionButton className='btn-more-comments' primary={false} disabled={loading} onClick={more}>{loading ? '正在加载…' : '加载更多意见'}</ActionButton>
      ) : null}
      <ErrorLine error={error} />
    </View>
  )
}
