import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { WorkItem, WorkSection } from '@chengxin/shared/src/api'
import { useAction } from './use-action'
import { InlineError, Loading } from './state-views'

function itemNote(it: WorkItem): string {
  if (it.of !== null) return `已完成 ${it.of - it.count} / ${it.of}`
  // Overdue households are all overdue: saying so again would be noise.
  if (it.urgent > 0 && it.urgent < it.count) return `其中 ${it.urgent} 项已超期`
  if (it.urgent > 0 && it.key !== 'overdue') return '都已超期'
  return ''
}

function Item({ it }: { it: WorkItem }) {
  const note = itemNote(it)
  return (
    <View className={`list-row card-tap work-item work-${it.key} ${it.urgent > 0 ? 'urgent' : ''}`} data-key={it.key}
      onClick={() => Taro.navigateTo({ url: `/${it.page}` })}>
      <View className='entry'>
        <Text className='t-body block work-label'>{it.label}</Text>
        {note ? <Text className={`t-small block work-note ${it.urgent > 0 ? 'error-text' : 'muted'}`}>{note}</Text> : null}
      </View>
      <Text className={`t-subtitle work-count ${it.count === 0 ? 'muted' : ''}`}>{it.count} ›</Text>
    </View>
  )
}

function Section({ s }: { s: WorkSection }) {
  return (
    <View className={`card work-section work-${s.role}`}>
      <Text className='t-subtitle block'>{s.title}</Text>
      {s.items.length === 0 ? <Text className='t-body muted block work-none'>今天没有待办</Text> : s.items.map((it) => <Item key={it.key} it={it} />)}
    </View>
  )
}

/**
 * 首页 as today's work for cadres, panel members and township officers (work.today): each
 * count opens the list behind it on its filter. The tab page reloads it quietly when shown
 * again, so a count goes down once the work is done.
 */
export function WorkToday() {
  const { state, reload } = useAction('work.today', {})
  if (state.status === 'loading') return <View className='card work-today'><Loading text='正在统计今天的待办…' /></View>
  if (state.status === 'error') return <View className='card work-today'><InlineError error={state.error} onRetry={() => void reload()} /></View>
  return <View className='work-today'>{state.data.sections.map((s) => <Section key={s.role} s={s} />)}</View>
}
