// The receipt of an anonymous complaint, shown once: the server keeps only its hash, so this
// screen is the one chance to write it down. It is also kept on this phone (receipts.ts).
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../components/action-button'
import { COMPLAINT_PAGES } from '../../../components/complaint/labels'
import { normaliseReceipt, saveReceipt } from '../../../components/complaint/receipts'

/** 4-character groups read aloud and copy more reliably: ABCD-EFGH-… */
export const groupReceipt = (code: string) => normaliseReceipt(code).replace(/(.{4})(?=.)/g, '$1-')

export function ReceiptOnce({ code }: { code: string }) {
  const [copied, setCopied] = useState(false)
  useEffect(() => { saveReceipt(code) }, [code])
  const copy = async () => {
    try {
      await Taro.setClipboardData({ data: code })
      setCopied(true)
    } catch {
      // Clipboard refused (e.g. no permission): writing it down still works.
    }
  }
  return (
    <View className='card receipt-once'>
      <Text className='t-subtitle block'>匿名投诉已提交</Text>
      <Text className='t-body block'>您的回执码：</Text>
      <Text className='t-title block receipt-code' userSelect>{groupReceipt(code)}</Text>
      <Text className='t-body block error-text receipt-warning'>请现在把回执码抄在纸上。回执码只显示这一次，系统不知道是谁提交的，丢了无法找回。</Text>
      <Text className='t-small muted block'>本手机也会记住它；清理微信数据或换手机后，要凭抄下的回执码查看答复。</Text>
      <ActionButton className='btn-copy-receipt' primary={false} onClick={copy}>{copied ? '已复制' : '复制回执码'}</ActionButton>
      <ActionButton className='btn-receipt-done' onClick={() => Taro.redirectTo({ url: COMPLAINT_PAGES.list })}>我已抄下，查看我的投诉</ActionButton>
    </View>
  )
}
