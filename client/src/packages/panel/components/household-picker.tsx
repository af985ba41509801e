import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { LedgerHouseholdsOutput } from '@chengxin/shared/src/api'
import { ErrorLine, Loading } from '../../../components/state-views'
import { useAction } from '../../../components/use-action'
import { TextField } from './fields'

type Household = LedgerHouseholdsOutput['items'][number]

/** The household an entry is about, chosen from the village's households (labels only), searchable by name. */
export function HouseholdPicker({ value, onChange }: { value: Household | null; onChange: (h: Household | null) => void }) {
  const [search, setSearch] = useState('')
  const term = search.trim()
  const { state } = useAction('ledger.households', { limit: 20, ...(term ? { search: term } : {}) }, !value)

  if (value) {
    return (
      <View className='field household-picked row-between'>
        <Text className='t-body'>农户：{value.label}（{value.groupName}）</Text>
        <Text className='t-small link btn-household-change' onClick={() => onChange(null)}>重新选择</Text>
      </View>
    )
  }
  return (
    <View className='household-picker'>
      <TextField label='农户' className='household-search' value={search} onChange={setSearch} placeholder='输入户名查找，如 王大山' />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorLine error={state.error} /> : null}
      {state.status === 'ready' ? (
        <View className='household-options'>
          {state.data.items.map((h) => (
            <Text key={h.id} className={`chip household-option option-${h.id}`} onClick={() => onChange(h)}>{h.label} · {h.groupName}</Text>
          ))}
          {state.data.items.length === 0 ? <Text className='t-small muted block'>没有找到，换个名字试试</Text> : null}
          {state.data.total > state.data.items.length ? <Text className='t-small muted block'>共{state.data.total}户，输入户名缩小范围</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
