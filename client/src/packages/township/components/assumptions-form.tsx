import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { SavingsGetOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { fenToYuan, yuanToFen } from '../../../components/checkup-admin-labels'
import { call } from '../../../services/cloud'
import { TwField } from './tw-field'

type Assumptions = SavingsGetOutput['assumptions']
const MAX_FEN = 100_000_000

/** The assumptions in yuan as typed → fen for the server, or what is wrong. */
export function parseAssumptions(round: string, households: string, trip: string) {
  const perVillageRoundFen = yuanToFen(round)
  const perTripFen = yuanToFen(trip)
  const h = households.trim()
  const householdsPerVillage = /^\d+$/.test(h) ? Number(h) : NaN
  if (perVillageRoundFen === null || perVillageRoundFen > MAX_FEN) return '每村每轮费用应为 0–1000000 元，最多两位小数'
  if (!Number.isInteger(householdsPerVillage) || householdsPerVillage < 1 || householdsPerVillage > 100_000) return '村均户数应为 1–100000 的整数'
  if (perTripFen === null || perTripFen > MAX_FEN) return '每次往返费用应为 0–1000000 元，最多两位小数'
  return { perVillageRoundFen, householdsPerVillage, perTripFen }
}

/** Edit the cost assumptions, typed in yuan and stored in fen. */
export function AssumptionsForm({ a, onSaved, onCancel }: { a: Assumptions; onSaved: () => void; onCancel: () => void }) {
  const [round, setRound] = useState(fenToYuan(a.perVillageRoundFen))
  const [households, setHouseholds] = useState(String(a.householdsPerVillage))
  const [trip, setTrip] = useState(fenToYuan(a.perTripFen))
  const { submitting, error, run } = useSubmit()
  const parsed = parseAssumptions(round, households, trip)
  const hint = typeof parsed === 'string' ? parsed : null

  const save = async () => {
    if (typeof parsed === 'string') return
    const out = await run((requestId) => call('savings.assumptions.update', parsed, { requestId }), {
      title: '修改测算口径',
      content: `每村每轮 ${fenToYuan(parsed.perVillageRoundFen)} 元、村均 ${parsed.householdsPerVillage} 户、每次往返 ${fenToYuan(parsed.perTripFen)} 元。节约金额将按新口径重新计算。`,
      confirmText: '保存',
    })
    if (out) { void Taro.showToast({ title: '已保存', icon: 'success' }); onSaved() }
  }
  return (
    <View className='card assumptions-form'>
      <Text className='t-subtitle block'>修改测算口径</Text>
      <TwField label='每村每轮检查费用（元）' className='per-village-round-input' type='digit' value={round} onChange={setRound} maxlength={10} hint='项目报告：约 3000 元/村/轮' />
      <TwField label='村均户数' className='households-per-village-input' type='number' value={households} onChange={setHouseholds} maxlength={6} hint='用来把一轮费用分摊到每户' />
      <TwField label='在外务工人员回乡检查一次的费用（元）' className='per-trip-input' type='digit' value={trip} onChange={setTrip} maxlength={10} hint='路费和误工' />
      {hint ? <Text className='t-body error-text block form-hint'>{hint}</Text> : null}
      <View className='actions-row'>
        <ActionButton className='btn-cancel' primary={false} disabled={submitting} onClick={onCancel}>取消</ActionButton>
        <ActionButton className='btn-save-assumptions' disabled={!!hint || submitting} onClick={save}>{submitting ? '正在保存…' : '保存'}</ActionButton>
      </View>
      <ErrorLine error={error} />
    </View>
  )
}
