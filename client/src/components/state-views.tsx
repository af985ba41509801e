import { View, Text, Button } from '@tarojs/components'
import { isRetryable, type ActionError } from '@chengxin/shared/src/api/errors'

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return <View className='state state-loading'><Text className='t-body muted'>{text}</Text></View>
}

export function Empty({ text, hint }: { text: string; hint?: string }) {
  return (
    <View className='state state-empty'>
      <Text className='t-subtitle block'>{text}</Text>
      {hint ? <Text className='t-body muted block'>{hint}</Text> : null}
    </View>
  )
}

/** A load that failed. 重试 is offered only when trying again can help (a refusal stays one). */
export function ErrorView({ error, onRetry }: { error: ActionError; onRetry?: () => void }) {
  return (
    <View className='state state-error'>
      <Text className='t-body error-text block'>{error.message}</Text>
      {onRetry && isRetryable(error.code) ? <Button className='btn btn-ghost btn-retry' onClick={onRetry}>重试</Button> : null}
    </View>
  )
}

/** Inline error under a form or action button. */
export function ErrorLine({ error }: { error: ActionError | null }) {
  if (!error) return null
  const fields = error.fields ? Object.values(error.fields).join('；') : ''
  return <Text className='t-body error-text block form-error'>{fields ? `${error.message}（${fields}）` : error.message}</Text>
}

/** The same rule inline, in a card: the message, and a tap to retry only when it can help. */
export function InlineError({ error, onRetry }: { error: ActionError; onRetry: () => void }) {
  const retry = isRetryable(error.code)
  return (
    <Text className='t-body error-text block' onClick={retry ? (e) => { e.stopPropagation(); onRetry() } : undefined}>
      {error.message}{retry ? '（点此重试）' : ''}
    </Text>
  )
}
