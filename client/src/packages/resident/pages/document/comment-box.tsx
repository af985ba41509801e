import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Textarea } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import type { DocumentGetOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { ErrorLine } from '../../../../components/state-views'
import { formatTime } from '../../../../components/format'
import { useChange } from '../../../../components/use-action'
import { call } from '../../../../services/cloud'
import { askSubscribe } from '../../../../services/subscribe'

export const COMMENT_CONFIRM = '意见提交后不能修改或撤回，村里会看到您的姓名。确认提交？'
const MAX = 500

interface Props {
  documentId: string
  comments: DocumentGetOutput['comments']
  canComment: boolean
  onNotice: boolean
  onSent: () => void
}

/** During public notice a resident leaves opinions and sees their own (never other people's). */
export function CommentBox({ documentId, comments, canComment, onNotice, onSent }: Props) {
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const change = useChange()
  if (comments.scope === 'none' && !canComment) return null

  const send = async () => {
    await askSubscribe('document-comment')
    const { confirm } = await Taro.showModal({ title: '提交意见', content: COMMENT_CONFIRM, confirmText: '提交', cancelText: '再想想' })
    if (!confirm) return
    setSending(true)
    setError(null)
    const r = await change((requestId) => call('document.comment', { documentId, text: text.trim() }, { requestId }))
    setSending(false)
    if (!r.ok) return setError(r.error)
    setText('')
    void Taro.showToast({ title: '意见已提交', icon: 'success' })
    onSent()
  }

  const own = comments.items.filter((c) => c.mine)
  return (
    <View className='card comments'>
      <Text className='t-subtitle block'>我的意见</Text>
      {canComment ? (
        <View className='comment-form'>
          <Text className='t-body block'>对这一版有什么看法，可以在公示期内写给村里。</Text>
          <Textarea
            className='textarea comment-input'
            value={text}
            maxlength={MAX}
            placeholder='请写下您的意见（最多500字）'
            onInput={(e) => setText(e.detail.value)}
          />
          <Text className='t-small muted block'>{text.trim().length}/{MAX}</Text>
          <ActionButton className='btn-comment' disabled={sending || text.trim().length === 0} onClick={send}>
            {sending ? '正在提交…' : '提交意见'}
          </ActionButton>
          <ErrorLine error={error} />
        </View>
      ) : (
        <Text className='t-body muted block comment-closed'>{onNotice ? '公示期已结束，不能再提意见。' : '这一版不在公示期，不能提意见。'}</Text>
      )}
      {own.length === 0 ? <Text className='t-body muted block no-comments'>您还没有提过意见。</Text> : null}
      {own.map((c) => (
        <View key={c.id} className='my-comment'>
          <Text className='t-small muted block'>{formatTime(c.at)}</Text>
          <Text className='t-body block'>{c.text}</Text>
        </View>
      ))}
    </View>
  )
}
