import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { LedgerEntryView } from '@chengxin/shared/src/api'
import { LEDGER_KIND_LABELS, LEDGER_STATUS_LABELS, money } from '../../../components/ledger-labels'

/** One ledger entry as its reader may see it (the household is 某户 unless they may know it). */
export function LedgerCard({ e, children }: { e: LedgerEntryView; children?: React.ReactNode }) {
  return (
    <View className={`card ledger-entry entry-${e.status} ${e.ownHousehold ? 'own' : ''}`}>
      <View className='row-between'>
        <Text className='t-body'>{e.seq ? `第${e.seq}笔 · ` : ''}{e.day}</Text>
        <Text className={`tag ledger-status status-${e.status}`}>{LEDGER_STATUS_LABELS[e.status]}</Text>
      </View>
      <Text className='t-subtitle block ledger-kind'>{LEDGER_KIND_LABELS[e.kind]}　<Text className={e.signedFen < 0 ? 'out' : 'in'}>{money(e.signedFen, true)} 元</Text></Text>
      {e.household ? <Text className='t-body block ledger-household'>农户：{e.household}{e.ownHousehold ? '（本户）' : ''}</Text> : null}
      <Text className='t-body block ledger-purpose'>事由：{e.purpose}</Text>
      {e.itemText ? <Text className='t-small muted block'>承诺事项：{e.itemText}</Text> : null}
      {e.source ? <Text className='t-small muted block'>依据：{e.source.type === 'review' ? '季度评议' : '投诉'} {e.source.id}</Text> : null}
      {e.reason ? <Text className='t-small block'>冲正理由：{e.reason}</Text> : null}
      {e.rejectReason ? <Text className='t-small block error-text'>退回理由：{e.rejectReason}</Text> : null}
      {e.balanceFen !== null ? <Text className='t-small muted block'>余额：{money(e.balanceFen)} 元</Text> : null}
      <Text className='t-small muted block'>经办：{e.recordedBy}{e.decidedBy ? `　审核：${e.decidedBy}` : ''}{e.hasReceipt ? '　有收据照片' : ''}</Text>
      {e.receiptUrl ? <Image className='receipt-photo' nativeProps={{ alt: '收据照片' }} src={e.receiptUrl} mode='aspectFit' onClick={() => Taro.previewImage({ urls: [e.receiptUrl!], current: e.receiptUrl! })} /> : null}
      {children}
    </View>
  )
}
