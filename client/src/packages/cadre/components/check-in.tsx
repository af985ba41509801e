import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { BookingView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { dayLabel } from '../../../components/checkup-admin-labels'
import { call, isH5 } from '../../../services/cloud'
import { TextField } from './fields'

/** The 8-character check-in code in what was scanned or typed: the resident's QR holds the code alone,
 * but a link or label around it is tolerated (the last 8-character word wins). */
export function codeFrom(scanned: string): string | null {
  const words = scanned.toUpperCase().split(/[^A-Z0-9]+/).filter((w) => w.length === 8)
  return words.length ? words[words.length - 1] : null
}

interface Props { slotDay: string; onMarked: (b: BookingView) => void }

/**
 * Check-in by the resident's booking QR (weapp: the camera) or by typing the code they show
 * (H5 has no scanner). Marking someone 已到 twice changes nothing, so no confirmation.
 */
export function CheckIn({ slotDay, onMarked }: Props) {
  const [code, setCode] = useState('')
  const [done, setDone] = useState<BookingView | null>(null)
  const { submitting, error, setError, run } = useSubmit()

  const mark = async (raw: string) => {
    const c = codeFrom(raw)
    if (!c) { setError({ code: 'INVALID_INPUT', message: '签到码应为8位字母或数字' }); return }
    setDone(null)
    const out = await run((requestId) => call('attendance.mark', { code: c, outcome: 'attended' }, { requestId }))
    if (!out) return
    setDone(out.booking)
    setCode('')
    onMarked(out.booking)
  }
  const scan = async () => {
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await mark(r.result)
    } catch {
      // Closing the camera without scanning is not an error worth showing.
    }
  }

  return (
    <View className='card check-in'>
      <Text className='t-subtitle block'>签到</Text>
      {isH5() ? null : <ActionButton className='btn-scan' disabled={submitting} onClick={scan}>扫村民的预约二维码</ActionButton>}
      <TextField label='或输入村民出示的8位签到码' className='checkin-code-input' value={code} onChange={setCode} maxlength={8} placeholder='如 AB3D5F7H' />
      <ActionButton className='btn-checkin-code' primary={false} disabled={submitting || code.trim().length !== 8} onClick={() => mark(code)}>
        {submitting ? '正在登记…' : '按签到码登记到场'}
      </ActionButton>
      <ErrorLine error={error} />
      {done ? (
        <Text className='t-body block checkin-result'>
          ✓ {done.memberName} 已登记到场{done.day !== slotDay ? `（这是${dayLabel(done.day)} ${done.siteName}的预约）` : ''}
        </Text>
      ) : null}
    </View>
  )
}
