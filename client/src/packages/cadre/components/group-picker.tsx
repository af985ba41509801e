import { View, Text } from '@tarojs/components'
import { useAction } from '../../../components/use-action'
import { ErrorLine } from '../../../components/state-views'

/**
 * The village's villager groups. commitment.stats lists every group of the cadre's village
 * (even one with no households yet), so it doubles as the group directory.
 */
export function useGroups() {
  const { state, reload } = useAction('commitment.stats', {})
  const groups = state.status === 'ready' ? state.data.rows.map((r) => ({ id: r.id, name: r.name })) : []
  return { groups, state, reload }
}

interface Props {
  value: string | null
  onChange: (id: string | null) => void
  /** Offer 全部 (no group) first, for filters. */
  allowAll?: boolean
  className: string
}

/** Villager-group pills: `.group-option` (attribute data-id, + `.active`). */
export function GroupPicker({ value, onChange, allowAll, className }: Props) {
  const { groups, state, reload } = useGroups()
  if (state.status === 'error') return <View onClick={() => reload()}><ErrorLine error={state.error} /></View>
  if (state.status === 'loading') return <Text className='t-small muted block'>正在加载村民组…</Text>
  const options = [...(allowAll ? [{ id: '', name: '全部' }] : []), ...groups]
  return (
    <View className={`chips ${className}`}>
      {options.map((g) => (
        <Text key={g.id || 'all'} data-id={g.id} className={`chip group-option ${(value ?? '') === g.id ? 'active' : ''}`} onClick={() => onChange(g.id || null)}>
          {g.name}
        </Text>
      ))}
    </View>
  )
}
