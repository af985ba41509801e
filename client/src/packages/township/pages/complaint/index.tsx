import { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { HandlerDetail } from '../../../../components/complaint/handler-detail'
import '../../components/township.css'

/** One complaint for the township (notifications open it: PAGES.townshipComplaint). */
export default function TownshipComplaintPage() {
  const { id } = useRouter().params
  return (
    <PageShell title='投诉办理' className='complaint-page'>
      <SessionGate role='township'>{() => <HandlerDetail id={id} />}</SessionGate>
    </PageShell>
  )
}
