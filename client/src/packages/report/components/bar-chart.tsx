import { View, Text } from '@tarojs/components'

export interface Bar {
  key: string
  /** What the bar is (a quarter, a village): read out with the value. */
  label: string
  /** Length of the bar, 0…max; null = no figure for this bar (drawn empty, written 无数据). */
  value: number | null
  /** The value as written beside the bar (e.g. 85.2%, 12 户). */
  text: string
}

/**
 * A small horizontal bar chart made of Views: each row writes its label and its figure out in
 * text, so it reads the same with a screen reader, in elder mode and on paper; the bars only
 * show the shape. No chart library: the subpackage stays small.
 */
export function BarChart({ bars, max, className }: { bars: Bar[]; max?: number; className?: string }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value ?? 0))
  return (
    <View className={`bar-chart ${className ?? ''}`}>
      {bars.map((b) => {
        const width = b.value === null || top <= 0 ? '0%' : `${Math.min(100, Math.max(0, (b.value / top) * 100))}%`
        return (
          <View key={b.key} className={`bar-row bar-${b.key}`}>
            <Text className='t-small bar-label'>{b.label}</Text>
            <View className='bar-track' aria-hidden='true'><View className='bar-fill' style={{ width }} /></View>
            <Text className='t-small bar-value'>{b.value === null ? '无数据' : b.text}</Text>
          </View>
        )
      })}
    </View>
  )
}
