import { View, Text } from '@tarojs/components'
import type { StatsRow } from '@chengxin/shared/src/api'
import './stats-table.css'

export const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`

function Row({ row, onOpen, total }: { row: StatsRow; onOpen?: (row: StatsRow) => void; total?: boolean }) {
  const width = `${Math.min(100, Math.max(0, row.rate * 100))}%`
  return (
    <View
      className={`stats-row ${total ? 'stats-total' : ''} ${onOpen ? 'card-tap' : ''}`}
      data-id={row.id}
      onClick={onOpen ? () => onOpen(row) : undefined}
    >
      <View className='row stats-line'>
        <Text className='t-body stats-name'>{row.name}</Text>
        <Text className='t-body stats-rate'>{percent(row.rate)}</Text>
      </View>
      <View className='stats-bar'><View className='stats-fill' style={{ width }} /></View>
      <Text className='t-small muted block stats-counts'>
        应签 {row.due} · 已签 {row.signed} · 双方已签 {row.complete}{onOpen ? '  ›' : ''}
      </Text>
    </View>
  )
}

/** 应签 / 已签 / 签约率 with a simple bar per row, then the total. */
export function StatsTable({ rows, total, onOpen }: { rows: StatsRow[]; total: StatsRow; onOpen?: (row: StatsRow) => void }) {
  return (
    <View className='card stats-table'>
      {rows.map((r) => <Row key={r.id} row={r} onOpen={onOpen} />)}
      <Row row={total} total />
    </View>
  )
}
