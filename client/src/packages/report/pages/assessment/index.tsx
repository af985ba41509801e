import { useState } from 'react'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { AssessmentView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { Empty, ErrorLine } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import type { Me } from '../../../../stores/session'
import { AssessmentCard } from '../../components/assessment-card'
import { go, param } from '../../components/links'
import { currentQuarter, previousQuarter, quarterLabel } from '../../components/quarters'
import '../../components/report.css'

const GOODS_NOTE = '六好：组织建设好、制度规范好、村务公开好、宣传服务好、计生诚信好、文明建设好，每项0–10分并写评语。结果只给本村村专干看，不排名、不对村民公布。'

/** Opening a quarter's assessment (the current or the previous one) for every village of the township. */
function OpenQuarter({ opened, onOpened }: { opened: string[]; onOpened: (q: string) => void }) {
  const { submitting, error, run } = useSubmit()
  const now = currentQuarter()
  const choices = [now, previousQuarter(now)].filter((q) => !opened.includes(q))
  if (choices.length === 0) return null
  const open = async (q: string) => {
    const r = await run((requestId) => call('assessment.open', { quarter: q }, { requestId }), {
      title: `开启${quarterLabel(q)}考评`, content: '开启后本镇各村都进入“待评分”，开启不能撤销。', confirmText: '确认开启',
    })
    if (r) onOpened(r.quarter)
  }
  return (
    <View className='card open-quarter'>
      {choices.map((q) => (
        <ActionButton key={q} className={`btn-open-quarter btn-open-${q}`} disabled={submitting} onClick={() => void open(q)}>开启{quarterLabel(q)}考评</ActionButton>
      ))}
      <ErrorLine error={error} />
    </View>
  )
}

/** Township: a quarter's villages in roster order (or one village's history), each opening its score sheet. */
function TownshipAssessments({ villageId, initialQuarter }: { villageId?: string; initialQuarter?: string }) {
  const [quarter, setQuarter] = useState<string | undefined>(initialQuarter)
  const [opened, setOpened] = useState<string[] | null>(null)
  const [listed, setListed] = useState<string | null>(null)
  const { list, reload, loadMore } = usePagedList<AssessmentView>(`${quarter ?? ''}/${villageId ?? ''}`, async (offset, limit) => {
    const r = await call('assessment.list', { quarter: villageId ? undefined : quarter, villageId, offset, limit })
    if (r.ok) { setOpened(r.data.opened); setListed(r.data.quarter) }
    return r
  })
  usePullDownRefresh(() => { void reload() })
  const score = (a: AssessmentView) => void go('assessment-score', { villageId: a.villageId, quarter: a.quarter })
  return (
    <View>
      <Text className='t-small muted block'>{GOODS_NOTE}</Text>
      {!villageId && opened ? <OpenQuarter opened={opened} onOpened={(q) => { setQuarter(q); void reload() }} /> : null}
      {!villageId && opened && opened.length > 0 ? (
        <View className='quarter-chips'>
          {opened.map((q) => (
            <Text key={q} className={`chip quarter-${q} ${q === (quarter ?? listed) ? 'active' : ''}`} onClick={() => setQuarter(q)}>{quarterLabel(q)}</Text>
          ))}
        </View>
      ) : null}
      {villageId ? <Text className='t-subtitle block'>本村历次考评</Text> : null}
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText={villageId ? '这个村还没有考评' : '还没有开启考评'}
        emptyHint={villageId ? undefined : '点上面的按钮开启本季度考评。'}>
        {(items) => <View>{items.map((a) => <AssessmentCard key={a.id} a={a} onOpen={() => score(a)} />)}</View>}
      </PagedView>
    </View>
  )
}

/** Cadre: the village's submitted results and comments, newest first. */
function VillageResults() {
  const { list, reload, loadMore } = usePagedList<AssessmentView>('mine', (offset, limit) => call('assessment.list', { offset, limit }))
  usePullDownRefresh(() => { void reload() })
  return (
    <View>
      <Text className='t-small muted block'>{GOODS_NOTE}</Text>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText='镇里还没有提交本村的考评结果'>
        {(items) => <View>{items.map((a) => <AssessmentCard key={a.id} a={a} />)}</View>}
      </PagedView>
    </View>
  )
}

function Assessments({ me, villageId, quarter }: { me: Me; villageId?: string; quarter?: string }) {
  if (me.roles.includes('township')) return <TownshipAssessments villageId={villageId} initialQuarter={quarter} />
  if (me.roles.includes('cadre')) return <VillageResults />
  return <Empty text='仅限村专干和镇工作人员使用' />
}

export default function AssessmentPage() {
  const p = useRouter().params
  return (
    <PageShell title='六好考评'>
      <SessionGate>{(me) => <Assessments me={me} villageId={param(p.villageId)} quarter={param(p.quarter)} />}</SessionGate>
    </PageShell>
  )
}
