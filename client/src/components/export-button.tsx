import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Result } from '@chengxin/shared/src/api/errors'
import { ActionButton } from './action-button'
import { ErrorLine } from './state-views'
import { useSubmit } from './use-submit'
import { isH5 } from '../services/cloud'
import { openWorkbook } from '../services/open-file'

interface Props<T> {
  /** The button's hook (e.g. `btn-export`) and the wrapper's. */
  className: string
  wrapperClass: string
  label: string
  send: () => Promise<Result<T>>
  /** What was exported, in a line (`已导出 12 户：…`). */
  summary: (out: T) => string
}

/**
 * 导出 Excel: asks the server for the workbook and opens it (weapp: WeChat's document viewer;
 * H5: a new tab, with a link to download it when the browser blocks the tab). The link is temporary.
 */
export function ExportButton<T extends { url: string; fileName: string }>({ className, wrapperClass, label, send, summary }: Props<T>) {
  const [out, setOut] = useState<T | null>(null)
  const [openFailed, setOpenFailed] = useState(false)
  const { submitting, error, run } = useSubmit()
  const exportIt = async () => {
    setOut(null)
    setOpenFailed(false)
    const r = await run(send)
    if (!r) return
    setOut(r)
    try {
      setOpenFailed(!(await openWorkbook(r.url)))
    } catch {
      setOpenFailed(true)
    }
  }
  return (
    <View className={wrapperClass}>
      <ActionButton className={className} primary={false} disabled={submitting} onClick={exportIt}>{submitting ? '正在导出…' : label}</ActionButton>
      <ErrorLine error={error} />
      {out ? (
        <View className='export-result'>
          <Text className='t-small muted block export-summary'>{summary(out)}</Text>
          {openFailed ? (
            <Text className='t-small block error-text export-open-failed'>文件没能自动打开{isH5() ? '，请点下面的链接下载' : '，请稍后重试'}。</Text>
          ) : null}
          {isH5() ? <Text className='t-small block link export-link' onClick={() => window.open(out.url, '_blank')}>下载 {out.fileName}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
