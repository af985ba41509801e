import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { LedgerKind, LedgerRecordInput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { ErrorLine, Loading } from '../../../../components/state-views'
import { LEDGER_KIND_LABELS, money } from '../../../../components/ledger-labels'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { Chips, TextArea, TextField } from '../../components/fields'
import { HouseholdPicker } from '../../components/household-picker'
import { ReceiptPicker } from '../../components/receipt-picker'
import '../../components/panel.css'

type NewKind = Exclude<LedgerKind, 'reversal'>
const KINDS: NewKind[] = ['household-fee', 'village-fee', 'reward', 'income', 'spending']
const ABOUT_HOUSEHOLD: NewKind[] = ['household-fee', 'village-fee', 'reward']

/** "12.5" yuan → 1250 fen; null when it is not an amount. */
export function toFen(text: string): number | null {
  const m = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text)
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null
}

/** The commitment items an entry names: both sides of the village's current commitment. */
function useItems() {
  const { state } = useAction('commitment.mine', {})
  if (state.status !== 'ready' || !state.data.commitment) return { loading: state.status === 'loading', items: [] as Array<{ id: string; text: string }> }
  const c = state.data.commitment
  return { loading: false, items: [...c.villageItems.map((i) => ({ ...i, text: `村：${i.text}` })), ...c.householdItems.map((i) => ({ ...i, text: `户：${i.text}` }))] }
}

function Reversal({ entryId, seq }: { entryId: string; seq: string }) {
  const [reason, setReason] = useState('')
  const { submitting, error, run } = useSubmit()
  const submit = async () => {
    const r = await run((requestId) => call('ledger.record', { kind: 'reversal', reversesEntryId: entryId, reason: reason.trim() }, { requestId }), {
      title: '登记冲正', content: `冲正第${seq}笔：记一笔金额相同、方向相反的账，原账目保留不改。需另一名成员审核。确认登记？`, confirmText: '登记',
    })
    if (r) { void Taro.showToast({ title: '已登记，待审核', icon: 'success' }); void Taro.navigateBack() }
  }
  return (
    <View className='card ledger-reversal'>
      <Text className='t-subtitle block'>冲正第{seq}笔</Text>
      <Text className='t-small muted block'>账目入账后不能修改。冲正是新记一笔方向相反的账，原账目和冲正都会公开。</Text>
      <TextArea label='冲正理由（会公开）' className='reversal-reason' value={reason} onChange={setReason} placeholder='例如：金额登记错了，应为200元' />
      <ActionButton className='btn-record-reversal' disabled={submitting || !reason.trim()} onClick={submit}>{submitting ? '正在提交…' : '登记冲正'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function RecordForm() {
  const [kind, setKind] = useState<NewKind>('village-fee')
  const [household, setHousehold] = useState<{ id: string; label: string; groupName: string } | null>(null)
  const [amount, setAmount] = useState('')
  const [itemId, setItemId] = useState('')
  const [purpose, setPurpose] = useState('')
  const [receiptFileId, setReceiptFileId] = useState<string | null>(null)
  const { items, loading } = useItems()
  const { submitting, error, run } = useSubmit()
  const fen = toFen(amount)
  const about = ABOUT_HOUSEHOLD.includes(kind)
  const ready = !!fen && !!purpose.trim() && (!about || (!!household && !!itemId))
  const submit = async () => {
    const base = { amountFen: fen!, purpose: purpose.trim() }
    const input = (about
      ? { kind, householdId: household!.id, itemId, ...base }
      : { kind, ...base, ...(itemId ? { itemId } : {}), ...(kind === 'spending' && receiptFileId ? { receiptFileId } : {}) }) as LedgerRecordInput
    const r = await run((requestId) => call('ledger.record', input, { requestId }), {
      title: '登记账目', content: `${about ? `${household!.label}，` : ''}${LEDGER_KIND_LABELS[kind]} ${money(fen!)} 元。登记后需另一名理财小组成员审核才入账。确认登记？`, confirmText: '登记',
    })
    if (r) { void Taro.showToast({ title: '已登记，待审核', icon: 'success' }); void Taro.navigateBack() }
  }
  return (
    <View className='card ledger-record'>
      <Text className='t-small muted block'>类别</Text>
      <Chips className='kind-chips' options={KINDS} labels={LEDGER_KIND_LABELS} selected={[kind]} onToggle={setKind} />
      {about ? <HouseholdPicker value={household} onChange={setHousehold} /> : null}
      <TextField label='金额（元）' className='amount' type='text' value={amount} onChange={setAmount} placeholder='如 300 或 12.50' />
      {amount && !fen ? <Text className='t-small error-text block'>请填写金额，最多两位小数</Text> : null}
      <Text className='t-small muted block'>承诺事项{about ? '' : '（可不选）'}</Text>
      {loading ? <Loading /> : null}
      <View className='chips item-chips'>
        {items.map((i) => (
          <Text key={i.id} className={`chip chip-item-${i.id} ${itemId === i.id ? 'active' : ''}`} onClick={() => setItemId(itemId === i.id ? '' : i.id)}>{i.text}</Text>
        ))}
      </View>
      <TextArea label='事由' className='purpose' value={purpose} onChange={setPurpose} placeholder='例如：村里未按期兑现奖励，按承诺付违约金' maxlength={200} />
      {kind === 'spending' ? <ReceiptPicker fileId={receiptFileId} onChange={setReceiptFileId} /> : null}
      <ActionButton className='btn-record-submit' disabled={submitting || !ready} onClick={submit}>{submitting ? '正在提交…' : '登记，等待审核'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

export default function LedgerRecordPage() {
  const { reverses, seq } = useRouter().params
  return (
    <PageShell title={reverses ? '登记冲正' : '登记账目'}>
      <SessionGate role='panel'>{() => (reverses ? <Reversal entryId={reverses} seq={seq ?? ''} /> : <RecordForm />)}</SessionGate>
    </PageShell>
  )
}
