import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Workbench } from '../../../../components/complaint/workbench'
import { COMPLAINT_PAGES } from '../../../../components/complaint/labels'
import '../../components/township.css'

/** 投诉办理: complaints sent to the township (about cadres or supervisors, overdue, transferred, reopened twice). */
export default function TownshipComplaintsPage() {
  return (
    <PageShell title='投诉办理' className='complaint-page'>
      <SessionGate role='township'>{() => <Workbench detailUrl={COMPLAINT_PAGES.townshipDetail} />}</SessionGate>
    </PageShell>
  )
}
