import { View, Text, Input } from '@tarojs/components'

interface Props {
  label: string
  value: string
  onChange: (v: string) => void
  /** Hook for browser tests on the wrapper: fill `.x input`. */
  className: string
  placeholder?: string
  type?: 'text' | 'digit' | 'number'
  maxlength?: number
  hint?: string
}

/** A labelled one-line input of the township pages. */
export function TwField({ label, value, onChange, className, placeholder, type = 'text', maxlength = 40, hint }: Props) {
  return (
    <View className={`field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Input className='tw-input' nativeProps={{ 'aria-label': label }} type={type} value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} />
      {hint ? <Text className='t-small muted block'>{hint}</Text> : null}
    </View>
  )
}
