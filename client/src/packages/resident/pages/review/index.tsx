import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ReviewMineOutput, RoundView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { formatTime } from '../../../../components/format'
import { PageShell } from '../../../../components/page-shell'
import { HouseholdResultCard, RoundHeader } from '../../../../components/review-result'
import { SessionGate } from '../../../../components/session-gate'
import { ScorePicker } from '../../../../components/score-picker'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { ReasonBox } from '../../../../components/reason-box'
import '../../../../components/review.css'
import '../../resident.css'

export const NOTICE_URL = '/packages/resident/pages/review-notice/index'
export const HISTORY_URL = '/packages/resident/pages/review-history/index'

/** While the round is open: the household rates every village promise 0–4 once, with an optional comment. */
function RateVillage({ round, onDone }: { round: RoundView; onDone: () => void }) {
  const items = round.rubric.villageItems
  const [scores, setScores] = useState<Record<string, number>>({})
  const [comment, setComment] = useState('')
  const { submitting, error, run } = useSubmit()
  const missing = items.filter((i) => scores[i.id] === undefined).length
  const submit = async () => {
    const r = await run((requestId) => call('village.rate', { roundId: round.id, scores, ...(comment.trim() ? { comment: comment.trim() } : {}) }, { requestId }), {
      title: '提交评价', content: '每户只能评价一次，提交后不能修改。确认提交？', confirmText: '提交',
    })
    if (r) { void Taro.showToast({ title: '已提交', icon: 'success' }); onDone() }
  }
  return (
    <View className='card rate-village'>
      <Text className='t-subtitle block'>给村里打分</Text>
      <Text className='t-small muted block'>村里对您家的承诺兑现得怎样？每项 0–4 分，每户评一次，户主或家人都可以评。评价不显示姓名。</Text>
      {items.map((i) => (
        <ScorePicker key={i.id} className={`item-${i.id}`} text={i.text} descriptors={i.descriptors} value={scores[i.id] ?? null}
          onChange={(n) => setScores((s) => ({ ...s, [i.id]: n }))} disabled={submitting} />
      ))}
      <ReasonBox className='rate-comment' label='意见（选填，不显示姓名）' value={comment} onChange={setComment} maxlength={300} placeholder='例如：希望奖励能按时发放' />
      <ActionButton className='btn-rate-submit' disabled={submitting || missing > 0} onClick={submit}>
        {submitting ? '正在提交…' : missing > 0 ? `还有 ${missing} 项未打分` : '提交评价'}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function Rated({ data }: { data: ReviewMineOutput }) {
  const rating = data.rating!
  return (
    <View className='card rated-village'>
      <Text className='t-subtitle block'>本户已评价村里</Text>
      <Text className='t-small muted block'>{rating.by} 于 {formatTime(rating.at)} 提交</Text>
      {data.round!.rubric.villageItems.map((i) => (
        <View key={i.id} className='review-row'>
          <Text className='t-body grow'>{i.text}</Text>
          <Text className='t-body'>{rating.scores[i.id] ?? '—'} 分</Text>
        </View>
      ))}
      {rating.comment ? <Text className='t-small block'>意见：{rating.comment}</Text> : null}
    </View>
  )
}

/** Published: appeal within the notice with a reason, or the appeal's state once filed. */
function Appeal({ data, onDone }: { data: ReviewMineOutput; onDone: () => void }) {
  const [reason, setReason] = useState('')
  const { submitting, error, run } = useSubmit()
  const round = data.round!
  if (data.appeal) {
    const a = data.appeal
    return (
      <View className={`card review-appeal appeal-${a.status}`}>
        <Text className='t-subtitle block'>本户的申诉</Text>
        <Text className='review-tag appeal-status'>{a.statusLabel}</Text>
        <Text className='t-body block'>理由：{a.reason}</Text>
        <Text className='t-small muted block'>提出于 {formatTime(a.filedAt)}</Text>
        {a.decisionReason ? <Text className='t-body block appeal-decision'>监督小组答复：{a.decisionReason}</Text> : null}
      </View>
    )
  }
  if (!data.canAppeal) return null
  const submit = async () => {
    const r = await run((requestId) => call('review.appeal', { roundId: round.id, reason: reason.trim() }, { requestId }), {
      title: '提出申诉', content: '申诉交给村监督小组处理，每轮只能申诉一次。确认提出？', confirmText: '提出申诉',
    })
    if (r) { void Taro.showToast({ title: '已提交', icon: 'success' }); onDone() }
  }
  return (
    <View className='card review-appeal-form'>
      <Text className='t-subtitle block'>对结果有异议？</Text>
      <Text className='t-small muted block'>公示期内（截至 {formatTime(round.appealEndsAt)}）户主可以申诉一次，由村监督小组处理。</Text>
      <ReasonBox className='appeal-reason' label='申诉理由' value={reason} onChange={setReason} maxlength={500} placeholder='例如：本季度已按约参加健康服务，有记录可查' />
      <ActionButton className='btn-appeal' disabled={submitting || !reason.trim()} onClick={submit}>{submitting ? '正在提交…' : '提出申诉'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

/** The head's choice whether the public notice names the household (PIPL art. 25); default not named. */
function NamingConsent({ named, onDone }: { named: boolean; onDone: () => void }) {
  const { submitting, error, run } = useSubmit()
  const choose = async (next: boolean) => {
    const r = await run((requestId) => call('household.consent', { reviewNamed: next }, { requestId }), {
      title: next ? '公示时公开户名' : '公示时不公开户名',
      content: next ? '评议结果公示时，本村农户将看到您家的户名和结果类别（不显示分数）。可随时改回。' : '评议结果公示时，您家只计入户数，不显示户名。',
      confirmText: '确定',
    })
    if (r) { void Taro.showToast({ title: '已保存', icon: 'success' }); onDone() }
  }
  return (
    <View className='card review-consent'>
      <Text className='t-body block'>评议结果公示时，您家：</Text>
      <Text className='t-subtitle block consent-current'>{named ? '公开户名和结果类别' : '只计入户数，不公开户名'}</Text>
      <ActionButton className={named ? 'btn-review-consent-withdraw' : 'btn-review-consent-give'} primary={false} disabled={submitting} onClick={() => choose(!named)}>
        {submitting ? '正在保存…' : named ? '改为不公开户名' : '同意公开户名'}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function Mine({ isHead }: { isHead: boolean }) {
  const { state, reload } = useAction('review.mine', {})
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const d = state.data
  const links = (
    <View className='card'>
      <View className='list-row link-review-history' onClick={() => Taro.navigateTo({ url: HISTORY_URL })}>
        <Text className='t-body entry'>历次评议结果</Text><Text className='t-body muted'>›</Text>
      </View>
    </View>
  )
  if (!d.round) return <View><Empty text='本村还没有开始季度评议' hint='村里开启评议后，您可以在这里给村里打分、查看本户结果。' />{links}</View>
  const r = d.round
  const published = r.status === 'published' || r.status === 'final'
  return (
    <View>
      <RoundHeader round={r}>
        {r.status === 'open' ? <Text className='t-small muted block'>评议小组按承诺逐户评议，每户开始都算“诚信户”；您家也可以给村里打分。</Text> : null}
        {r.status === 'closing' || r.status === 'closed' ? <Text className='t-small muted block'>评议已结束，结果公示后可在这里查看。</Text> : null}
        {published && r.noticeEndsAt ? <Text className='t-small muted block'>公示至 {formatTime(r.noticeEndsAt)}</Text> : null}
      </RoundHeader>
      {r.status === 'open' && !d.rating ? <RateVillage round={r} onDone={() => reload()} /> : null}
      {d.result ? <HouseholdResultCard r={d.result} title='本户评议结果（各项为评议小组打分的中位数，不显示谁打了几分）' /> : null}
      {published && !d.result ? <Empty text='本户这一轮没有评议结果' /> : null}
      {d.versions.length > 0 ? (
        <View className='card result-versions'>
          <Text className='t-body block'>之前的结果（已改正，保留备查）</Text>
          {d.versions.map((v) => (
            <Text key={v.version} className='t-small block'>第 {v.version} 版：{v.outcomeLabel}{v.total === null ? '' : `，${v.total} 分`}{v.replacedBecause ? `；改正理由：${v.replacedBecause}` : ''}</Text>
          ))}
        </View>
      ) : null}
      {published ? <Appeal data={d} onDone={() => reload()} /> : null}
      {d.rating ? <Rated data={d} /> : null}
      {published ? (
        <ActionButton className='btn-open-notice' primary={false} onClick={() => Taro.navigateTo({ url: `${NOTICE_URL}?id=${encodeURIComponent(r.id)}` })}>查看全村公示</ActionButton>
      ) : null}
      {isHead ? <NamingConsent named={d.named} onDone={() => reload(true)} /> : null}
      {links}
    </View>
  )
}

export default function ResidentReviewPage() {
  return (
    <PageShell title='季度评议'>
      <SessionGate role='resident'>{(me) => (me.household ? <Mine isHead={me.household.isHead} /> : <Empty text='您还没有绑定到农户' />)}</SessionGate>
    </PageShell>
  )
}
