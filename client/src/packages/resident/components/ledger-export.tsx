import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { LedgerExportOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call, isH5 } from '../../../services/cloud'

/** 导出 Excel: the public ledger with every hash, for the notice board or anyone to check. */
export function LedgerExport({ villageId, quarter }: { villageId?: string; quarter?: string }) {
  const [out, setOut] = useState<LedgerExportOutput | null>(null)
  const { submitting, error, run } = useSubmit()
  const exportIt = async () => {
    const r = await run(() => call('ledger.export', { villageId, quarter }))
    if (!r) return
    setOut(r)
    if (isH5()) return
    try {
      const file = await Taro.downloadFile({ url: r.url })
      await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true })
    } catch {
      void Taro.showToast({ title: '文件没能打开，请稍后重试', icon: 'none' })
    }
  }
  return (
    <View className='ledger-export'>
      <ActionButton className='btn-export' primary={false} disabled={submitting} onClick={exportIt}>{submitting ? '正在导出…' : '导出 Excel'}</ActionButton>
      <ErrorLine error={error} />
      {out ? <Text className='t-small muted block'>已导出 {out.rows} 笔：{out.fileName}</Text> : null}
      {out && isH5() ? <Text className='t-small block link export-link' onClick={() => window.open(out.url, '_blank')}>下载 {out.fileName}</Text> : null}
    </View>
  )
}
