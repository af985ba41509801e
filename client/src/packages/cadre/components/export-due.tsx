import type { DueExportOutput } from '@chengxin/shared/src/api'
import { ExportButton } from '../../../components/export-button'
import { call } from '../../../services/cloud'

/** 导出 Excel for the list as filtered (group and status). */
export function ExportDue({ groupId, status }: { groupId: string | null; status: 'due' | 'overdue' | 'any' }) {
  return (
    <ExportButton<DueExportOutput> className='btn-export' wrapperClass='due-export' label='导出 Excel'
      send={() => call('due.export', { groupId: groupId ?? undefined, status })}
      summary={(out) => `已导出 ${out.rows} 户：${out.fileName}`} />
  )
}
