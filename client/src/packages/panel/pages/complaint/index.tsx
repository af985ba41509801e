import { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { HandlerDetail } from '../../../../components/complaint/handler-detail'
import '../../components/panel.css'

/** One complaint for a supervision-group member (notifications open it: PAGES.panelComplaint). */
export default function PanelComplaintPage() {
  const { id } = useRouter().params
  return (
    <PageShell title='投诉办理' className='complaint-page'>
      <SessionGate role='panel'>{() => <HandlerDetail id={id} />}</SessionGate>
    </PageShell>
  )
}
