import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty } from '../../../../components/state-views'

export default function PanelHomePage() {
  return (
    <PageShell title='评议小组'>
      <SessionGate role='panel'>
        {(me) => (
          <View>
            <View className='card'>
              <Text className='t-body block'>{me.name ?? ''}，您是{me.village?.name ?? '本村'}评议小组成员。</Text>
            </View>
            {me.panelGroups.includes('finance') ? (
              <View className='card'>
                <Text className='t-subtitle block'>理财小组</Text>
                <Text className='t-body block'>登记违约金、奖励和收支，审核其他成员登记的账目，季度公示。</Text>
                <ActionButton className='btn-open-ledger' onClick={() => Taro.navigateTo({ url: '/packages/panel/pages/ledger/index' })}>理财账目</ActionButton>
              </View>
            ) : null}
            {me.panelGroups.includes('supervision') ? (
              <View className='card'>
                <Text className='t-subtitle block'>监督小组</Text>
                <Text className='t-body block'>受理和答复村民投诉，超期的排在最前面。涉及您或您家人的投诉不会交给您。</Text>
                <ActionButton className='btn-open-complaints' onClick={() => Taro.navigateTo({ url: '/packages/panel/pages/complaints/index' })}>投诉办理</ActionButton>
              </View>
            ) : null}
            {me.panelGroups.includes('review') || me.panelGroups.includes('supervision') ? (
              <View className='card'>
                <Text className='t-subtitle block'>季度评议</Text>
                <Text className='t-body block'>{me.panelGroups.includes('review') ? '申报回避，逐组评议各户和村里的承诺。' : ''}{me.panelGroups.includes('supervision') ? '查看回避申报，处理农户申诉。' : ''}</Text>
                <ActionButton className='btn-open-review' onClick={() => Taro.navigateTo({ url: '/packages/panel/pages/review/index' })}>季度评议</ActionButton>
              </View>
            ) : null}
            {me.panelGroups.length === 0 ? <Empty text='还没有安排您到具体小组' hint='评议、监督、理财小组由村专干安排。' /> : null}
          </View>
        )}
      </SessionGate>
    </PageShell>
  )
}
