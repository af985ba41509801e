import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { LedgerVerifyOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'

type Point = LedgerVerifyOutput['through']

/** 核验账目: recomputes the chain on the server, a page of up to 3,000 entries per call. */
export function LedgerVerify({ villageId }: { villageId?: string }) {
  const [out, setOut] = useState<{ ok: boolean; checked: number; broken: LedgerVerifyOutput['broken'] } | null>(null)
  const { submitting, error, run } = useSubmit()
  const verify = async () => {
    setOut(null)
    let after: Point | undefined
    let checked = 0
    for (;;) {
      const r = await run(() => call('ledger.verify', { villageId, after }))
      if (!r) return
      checked += r.checked
      if (r.done) return setOut({ ok: r.ok, checked, broken: r.broken })
      after = r.through
    }
  }
  return (
    <View className='card ledger-verify'>
      <ActionButton className='btn-verify' primary={false} disabled={submitting} onClick={verify}>{submitting ? '正在核验…' : '核验账目是否被改动'}</ActionButton>
      <ErrorLine error={error} />
      {out?.ok ? <Text className='t-subtitle block verify-ok'>账目完整：{out.checked} 笔逐条核对无误</Text> : null}
      {out && !out.ok && out.broken ? (
        <Text className='t-subtitle block error-text verify-broken'>账目不完整：第{out.broken.seq}笔{out.broken.label}</Text>
      ) : null}
    </View>
  )
}
