// Dates and times are chosen with Taro's own Pickers, never typed (issue 13): a villager or
// cadre cannot mistype 2026-12-01 or 09:00, and the phone shows its familiar wheel.
import { View, Text, Picker } from '@tarojs/components'
import './pickers.css'

interface Props {
  label: string
  /** `2026-12-01` for a date, `09:00` for a time. */
  value: string
  onChange: (v: string) => void
  /** Test and style hook on the wrapper; the picker's face is `.picker-face` inside it. */
  className: string
  /** Dates only: the earliest and latest day allowed. */
  start?: string
  end?: string
}

function PickerField({ mode, label, value, onChange, className, start, end }: Props & { mode: 'date' | 'time' }) {
  return (
    <View className={`field picker-field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Picker mode={mode} value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='picker-face' data-value={value}>
          <Text className='picker-text'>{value || '点此选择'}</Text>
          <Text className='picker-caret'>▾</Text>
        </View>
      </Picker>
    </View>
  )
}

export const DateField = (p: Props) => <PickerField mode='date' {...p} />
export const TimeField = (p: Omit<Props, 'start' | 'end'>) => <PickerField mode='time' {...p} />
