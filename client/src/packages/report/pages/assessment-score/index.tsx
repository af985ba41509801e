import { useCallback, useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { AssessmentGoodKey, AssessmentView } from '@chengxin/shared/src/api'
import type { Result } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { ReasonBox } from '../../../../components/reason-box'
import { SessionGate } from '../../../../components/session-gate'
import type { Loadable } from '../../../../components/use-action'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { AssessmentCard } from '../../components/assessment-card'
import { param } from '../../components/links'
import { quarterLabel } from '../../components/quarters'
import '../../components/report.css'

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const
type Draft = Record<AssessmentGoodKey, { score: number | null; comment: string }>

const draftOf = (a: AssessmentView): Draft =>
  Object.fromEntries(a.goods.map((g) => [g.key, { score: g.score, comment: g.comment ?? '' }])) as Draft

/** The six goods, each with the dashboard's facts beside its heading, a 0–10 score and a comment. */
function ScoreSheet({ a, onSaved }: { a: AssessmentView; onSaved: (a: AssessmentView) => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(a))
  const [saved, setSaved] = useState<string | null>(null)
  const { submitting, error, run } = useSubmit()
  const complete = a.goods.every((g) => draft[g.key].score !== null)
  const set = (key: AssessmentGoodKey, v: Partial<Draft[AssessmentGoodKey]>) => {
    setSaved(null)
    setDraft((d) => ({ ...d, [key]: { ...d[key], ...v } }))
  }
  const save = async (submit: boolean) => {
    const goods = a.goods.map((g) => ({ key: g.key, score: draft[g.key].score ?? 0, comment: draft[g.key].comment }))
    const r = await run((requestId) => call('assessment.score', { villageId: a.villageId, quarter: a.quarter, goods, submit }, { requestId }), submit
      ? { title: '提交考评', content: `提交后${a.villageName}${quarterLabel(a.quarter)}的评分和评语不能再改，本村村专干可以看到。`, confirmText: '确认提交' }
      : undefined)
    if (!r) return
    setSaved(submit ? '已提交' : '已保存草稿')
    onSaved(r.assessment)
  }
  return (
    <View>
      {a.goods.map((g) => (
        <View key={g.key} className={`card good-block good-${g.key}`}>
          <Text className='t-subtitle block'>{g.label}</Text>
          {g.facts.length ? (
            <View className='good-facts'>
              {g.facts.map((f) => <Text key={f.label} className='t-small muted block good-fact'>{f.label}：{f.value}</Text>)}
            </View>
          ) : null}
          <View className='score-chips'>
            {SCORES.map((n) => (
              <Text key={n} className={`chip score-${n} ${draft[g.key].score === n ? 'active' : ''}`} onClick={() => set(g.key, { score: n })}>{n}</Text>
            ))}
          </View>
          <Text className='t-small muted block chosen-score'>{draft[g.key].score === null ? '请选择 0–10 分' : `${draft[g.key].score} 分`}</Text>
          <ReasonBox className={`comment-${g.key}`} label={`${g.label}评语`} value={draft[g.key].comment} maxlength={300} onChange={(v) => set(g.key, { comment: v })} />
        </View>
      ))}
      {!complete ? <Text className='t-small muted block'>六项都打分后才能保存。</Text> : null}
      <ActionButton className='btn-save-draft' primary={false} disabled={!complete || submitting} onClick={() => void save(false)}>保存草稿</ActionButton>
      <ActionButton className='btn-submit-assessment' disabled={!complete || submitting} onClick={() => void save(true)}>提交考评</ActionButton>
      <ErrorLine error={error} />
      {saved ? <Text className='t-body block score-saved'>{saved}</Text> : null}
    </View>
  )
}

/**
 * The village's sheet of the quarter, from the quarter's list (roster order, 50 a page): a
 * village not scored yet has no stored assessment, so its history would not list it.
 */
async function loadSheet(villageId: string, quarter: string): Promise<Result<AssessmentView | null>> {
  for (let offset = 0; ; offset += 50) {
    const r = await call('assessment.list', { quarter, offset, limit: 50 })
    if (!r.ok) return r
    const found = r.data.items.find((x) => x.villageId === villageId)
    if (found || offset + 50 >= r.data.total) return { ok: true, data: found ?? null }
  }
}

function Score({ villageId, quarter }: { villageId: string; quarter: string }) {
  const [state, setState] = useState<Loadable<AssessmentView | null>>({ status: 'loading' })
  const load = useCallback(async () => {
    setState({ status: 'loading' })
    const r = await loadSheet(villageId, quarter)
    setState(r.ok ? { status: 'ready', data: r.data } : { status: 'error', error: r.error })
  }, [villageId, quarter])
  useEffect(() => { void load() }, [load])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => void load()} />
  const a = state.data
  if (!a) return <Empty text='这个季度还没有开启考评' hint='请先在六好考评页开启。' />
  return (
    <View>
      <Text className='t-subtitle block score-title'>{a.villageName} · {quarterLabel(a.quarter)}</Text>
      {a.status === 'submitted' ? <AssessmentCard a={a} /> : <ScoreSheet a={a} onSaved={(saved) => setState({ status: 'ready', data: saved })} />}
    </View>
  )
}

export default function AssessmentScorePage() {
  const p = useRouter().params
  const villageId = param(p.villageId)
  const quarter = param(p.quarter)
  return (
    <PageShell title='六好评分'>
      <SessionGate role='township'>
        {() => (villageId && quarter ? <Score villageId={villageId} quarter={quarter} /> : <Empty text='没有指定村和季度' hint='请从六好考评页进入。' />)}
      </SessionGate>
    </PageShell>
  )
}
