import { View, Text, Button } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'

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

export function ErrorView({ error, onRetry }: { error: ActionError; onRetry?: () => void }) {
  return (
    <View className='state state-error'>
      <Text className='t-body error-text block'>{error.message}</Text>
      {onRetry ? <Button className='btn btn-ghost btn-retry' onClick={onRetry}>重试</Button> : null}
    </View>
  )
}

/** Inline error under a form or action button. */
export function ErrorLine({ error }: { error: ActionError | null }) {
  if (!error) return null
  const fields = error.fields ? Object.values(error.fields).join('；') : ''
  return <Text className='t-body error-text block form-error'>{fields ? `${error.message}（${fields}）` : error.message}</Text>
}
