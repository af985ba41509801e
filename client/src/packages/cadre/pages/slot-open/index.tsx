import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { SlotForm } from '../../../../components/slot-form'
import '../../components/cadre.css'

/** A cadre opens slots for their own village, then goes back to the list. */
export default function SlotOpenPage() {
  return (
    <PageShell title='开放检查时段'>
      <SessionGate role='cadre'>
        {(me) => (
          <>
            <Text className='t-body muted block'>为{me.village?.name ?? '本村'}开放的时段只有本村村民可以预约。</Text>
            <SlotForm onOpened={(slots) => {
              void Taro.showToast({ title: `已开放 ${slots.length} 个时段`, icon: 'success' })
              void Taro.navigateBack()
            }} />
          </>
        )}
      </SessionGate>
    </PageShell>
  )
}
