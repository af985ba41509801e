import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty } from '../../../../components/state-views'
import { Workbench } from '../../../../components/complaint/workbench'
import { COMPLAINT_PAGES } from '../../../../components/complaint/labels'
import '../../components/panel.css'

/** 投诉办理: the village's supervision group (监督小组) handles the complaints routed to it. */
export default function PanelComplaintsPage() {
  return (
    <PageShell title='投诉办理' className='complaint-page'>
      <SessionGate role='panel'>
        {(me) => me.panelGroups.includes('supervision')
          ? <Workbench detailUrl={COMPLAINT_PAGES.panelDetail} />
          : <Empty text='仅限监督小组成员' hint='监督小组成员由村专干指定。' />}
      </SessionGate>
    </PageShell>
  )
}
