import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { DueExportOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call, isH5 } from '../../../services/cloud'
import { openWorkbook } from '../../../services/open-file'

/** 导出 Excel for the list as filtered (group and status). The link is temporary. */
export function ExportDue({ groupId, status }: { groupId: string | null; status: 'due' | 'overdue' | 'any' }) {
  const [out, setOut] = useState<DueExportOutput | null>(null)
  const [openFailed, setOpenFailed] = useState(false)
  const { submitting, error, run } = useSubmit()
  const exportIt = async () => {
    setOut(null)
    setOpenFailed(false)
    const r = await run(() => call('due.export', { groupId: groupId ?? undefined, status }))
    if (!r) return
    setOut(r)
    try {
      setOpenFailed(!(await openWorkbook(r.url)))
    } catch {
      setOpenFailed(true)
    }
  }
  return (
    <View className='due-export'>
      <ActionButton className='btn-export' primary={false} disabled={submitting} onClick={exportIt}>{submitting ? '正在导出…' : '导出 Excel'}</ActionButton>
      <ErrorLine error={error} />
      {out ? (
        <View className='export-result'>
          <Text className='t-small muted block'>已导出 {out.rows} 户：{out.fileName}</Text>
          {openFailed ? (
            <Text className='t-small block error-text export-open-failed'>
              文件没能自动打开{isH5() ? '，请点下面的链接下载' : '，请稍后重试'}。
            </Text>
          ) : null}
          {isH5() ? <Text className='t-small block link export-link' onClick={() => window.open(out.url, '_blank')}>下载 {out.fileName}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
