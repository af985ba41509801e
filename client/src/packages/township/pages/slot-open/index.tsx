import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { SlotView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { SlotForm } from '../../../../components/slot-form'
import { useAction } from '../../../../components/use-action'
import { ErrorView, Loading } from '../../../../components/state-views'
import { dayLabel } from '../../../../components/checkup-admin-labels'
import '../../components/township.css'

/** The township opens slots for chosen villages (or all); the villages come from the township's stats. */
function OpenForVillages() {
  const { state, reload } = useAction('commitment.stats', {})
  const [opened, setOpened] = useState<SlotView[] | null>(null)
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  if (opened) {
    return (
      <View className='card slots-opened'>
        <Text className='t-subtitle block'>已开放 {opened.length} 个时段</Text>
        {opened.slice(0, 10).map((s) => <Text key={s.id} className='t-small block opened-slot'>{dayLabel(s.day)} {s.start}–{s.end} · {s.siteName}</Text>)}
        {opened.length > 10 ? <Text className='t-small muted block'>……共 {opened.length} 个</Text> : null}
        <ActionButton className='btn-open-more' primary={false} onClick={() => setOpened(null)}>继续开放</ActionButton>
      </View>
    )
  }
  const villages = state.data.rows.map((r) => ({ id: r.id, name: r.name }))
  return <SlotForm villages={villages} onOpened={setOpened} />
}

export default function TownshipSlotOpenPage() {
  return (
    <PageShell title='为各村开放检查时段'>
      <SessionGate role='township'>{() => <OpenForVillages />}</SessionGate>
    </PageShell>
  )
}
