import { View, Text } from '@tarojs/components'
import type { FigureLine, FigureSection } from './figure-lines'

/**
 * A dashboard's figures, one card per figure. Tapping a line chooses it for the breakdown
 * below the cards (each village, each villager group); the chosen line is marked.
 */
export function FigureList({ sections, selected, onPick }: { sections: FigureSection[]; selected: string; onPick: (line: FigureLine) => void }) {
  return (
    <View className='figure-list'>
      {sections.map((s) => (
        <View key={s.key} className={`card figure-card figure-${s.key}`}>
          <Text className='t-subtitle block'>{s.title}</Text>
          {s.lines.map((l) => (
            <View key={l.key} className={`figure-row card-tap line-${l.key} ${l.key === selected ? 'selected' : ''}`} data-line={l.key} onClick={() => onPick(l)}>
              <Text className='t-body figure-name'>{l.key === selected ? '▶ ' : ''}{l.label}</Text>
              <Text className='t-body figure-value'>{l.value}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

/** The line `key` among the sections (the chosen line of a breakdown). */
export const findLine = (sections: FigureSection[], key: string): FigureLine | undefined =>
  sections.flatMap((s) => s.lines).find((l) => l.key === key)
