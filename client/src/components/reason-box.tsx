import { View, Text, Textarea } from '@tarojs/components'

interface Props {
  label: string
  value: string
  onChange: (v: string) => void
  /** Test hook on the wrapper (fill `.x textarea`). */
  className: string
  placeholder?: string
  maxlength?: number
}

/** A labelled multi-line input with a character count: reasons, comments, appeals. */
export function ReasonBox({ label, value, onChange, className, placeholder, maxlength = 500 }: Props) {
  return (
    <View className={`field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Textarea className='cx-textarea' nativeProps={{ 'aria-label': label }} value={value} maxlength={maxlength} placeholder={placeholder} autoHeight onInput={(e) => onChange(e.detail.value)} />
      <Text className='t-small muted block'>{value.length}/{maxlength}</Text>
    </View>
  )
}
