import { View, Text, Input, Textarea } from '@tarojs/components'

interface FieldProps {
  label: string
  value: string
  onChange: (v: string) => void
  className: string
  placeholder?: string
  maxlength?: number
  type?: 'text' | 'number' | 'idcard'
  hint?: string
}

/** A labelled one-line input; `className` is the test hook on the wrapper (fill `.x input`). */
export function TextField({ label, value, onChange, className, placeholder, maxlength = 60, type = 'text', hint }: FieldProps) {
  return (
    <View className={`field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Input className='cx-input' nativeProps={{ 'aria-label': label }} type={type} value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} />
      {hint ? <Text className='t-small muted block'>{hint}</Text> : null}
    </View>
  )
}

/** A labelled multi-line input. */
export function TextArea({ label, value, onChange, className, placeholder, maxlength = 500 }: FieldProps) {
  return (
    <View className={`field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Textarea className='cx-textarea' nativeProps={{ 'aria-label': label }} value={value} maxlength={maxlength} placeholder={placeholder} autoHeight onInput={(e) => onChange(e.detail.value)} />
    </View>
  )
}

/** Pills to pick one (or several) of a few options; `.chip` + `.chip-<key>` (+ `.active`). */
export function Chips<K extends string>({ options, labels, selected, onToggle, className }: {
  options: readonly K[]; labels: Record<K, string>; selected: readonly K[]; onToggle: (k: K) => void; className: string
}) {
  return (
    <View className={`chips ${className}`}>
      {options.map((k) => (
        <Text key={k} className={`chip chip-${k} ${selected.includes(k) ? 'active' : ''}`} onClick={() => onToggle(k)}>
          {selected.includes(k) ? '✓ ' : ''}{labels[k]}
        </Text>
      ))}
    </View>
  )
}
