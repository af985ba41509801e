import { View, Text, Textarea } from '@tarojs/components'

/** A labelled text box with a counter; `className` is the test hook (fill `.x textarea`). */
export function ReplyBox({ label, value, onChange, className, max = 1000 }: {
  label: string; value: string; onChange: (v: string) => void; className: string; max?: number
}) {
  return (
    <View className={`field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Textarea className='cx-textarea' nativeProps={{ 'aria-label': label }} value={value} maxlength={max} autoHeight onInput={(e) => onChange(e.detail.value)} />
      <Text className='t-small muted block text-counter'>{value.length}/{max}</Text>
    </View>
  )
}
