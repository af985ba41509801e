import type { ReportExportOutput } from '@chengxin/shared/src/api'
import { ExportButton } from '../../../components/export-button'
import { call } from '../../../services/cloud'

/**
 * 导出 Excel of the dashboard's tables (report.export, one sheet per table with its period and
 * time of generation): a village's, or without villageId the caller's own (cadre) or every
 * village of the township.
 */
export function ExportReport({ villageId }: { villageId?: string }) {
  return (
    <ExportButton<ReportExportOutput> className='btn-export-report' wrapperClass='report-export' label='导出 Excel 报表'
      send={() => call('report.export', villageId ? { table: 'all', villageId } : { table: 'all' })}
      summary={(out) => `已导出 ${out.fileName}：${out.sheets.map((s) => `${s.name} ${s.rows} 行`).join('、')}`} />
  )
}
