import { View, Text } from '@tarojs/components'

export const SCORES = [0, 1, 2, 3, 4] as const

interface Props {
  /** Test hook on the wrapper, e.g. `item-v-1`. */
  className: string
  /** The promise being scored, as the commitment states it. */
  text: string
  /** One short descriptor per score 0–4, so a score means the same to every scorer. */
  descriptors: readonly string[]
  value: number | null
  onChange: (score: number) => void
  disabled?: boolean
}

/**
 * One rubric item scored 0–4: five large pills (`.score-chip.score-<n>`, `.active` when chosen)
 * and the chosen score's descriptor written out, so elder mode never has to read a legend.
 */
export function ScorePicker({ className, text, descriptors, value, onChange, disabled = false }: Props) {
  return (
    <View className={`score-item ${className} ${value === null ? 'unscored' : 'scored'}`}>
      <Text className='t-body block score-text'>{text}</Text>
      <View className='score-chips'>
        {SCORES.map((n) => (
          <Text key={n} className={`score-chip score-${n} ${value === n ? 'active' : ''} ${disabled ? 'is-disabled' : ''}`}
            onClick={() => { if (!disabled) onChange(n) }}>{n} 分</Text>
        ))}
      </View>
      <Text className='t-small muted block score-descriptor'>
        {value === null ? '请选择 0–4 分' : `${value} 分：${descriptors[value] ?? ''}`}
      </Text>
    </View>
  )
}
