import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ReportExportOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call, isH5 } from '../../../services/cloud'
import { openWorkbook } from '../../../services/open-file'

/**
 * 导出 Excel of the dashboard's tables (report.export, one sheet per table with its period and
 * time of generation): a village's, or without villageId the caller's own (cadre) or every
 * village of the township. The link is temporary.
 */
export function ExportReport({ villageId }: { villageId?: string }) {
  const [out, setOut] = useState<ReportExportOutput | null>(null)
  const [openFailed, setOpenFailed] = useState(false)
  const { submitting, error, run } = useSubmit()
  const exportIt = async () => {
    setOut(null)
    setOpenFailed(false)
    const r = await run(() => call('report.export', villageId ? { table: 'all', villageId } : { table: 'all' }))
    if (!r) return
    setOut(r)
    try {
      setOpenFailed(!(await openWorkbook(r.url)))
    } catch {
      setOpenFailed(true)
    }
  }
  return (
    <View className='report-export'>
      <ActionButton className='btn-export-report' primary={false} disabled={submitting} onClick={exportIt}>{submitting ? '正在导出…' : '导出 Excel 报表'}</ActionButton>
      <ErrorLine error={error} />
      {out ? (
        <View className='export-result'>
          <Text className='t-small muted block export-sheets'>已导出 {out.fileName}：{out.sheets.map((s) => `${s.name} ${s.rows} 行`).join('、')}</Text>
          {openFailed ? (
            <Text className='t-small block error-text export-open-failed'>文件没能自动打开{isH5() ? '，请点下面的链接下载' : '，请稍后重试'}。</Text>
          ) : null}
          {isH5() ? <Text className='t-small block link export-link' onClick={() => window.open(out.url, '_blank')}>下载 {out.fileName}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
