import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DocumentGetOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'
import { TextField } from './fields'
import { beijingDate } from '@chengxin/shared/src/domain/beijing-clock'
import { noticeEnded, noticeFirstDay, noticeStatusLine } from '@chengxin/shared/src/domain/notice-dates'
import { DateField } from '../../../components/pickers'

type Doc = DocumentGetOutput['document']
const NOTICE = { min: 3, max: 30, default: 7 } // NOTICE_DAYS in the schema

/** A draft: edit it, or put it on public notice for N days. */
export function PublishDraft({ doc, onDone }: { doc: Doc; onDone: () => void }) {
  const [days, setDays] = useState(String(NOTICE.default))
  const { submitting, error, run } = useSubmit()
  const n = Number(days)
  const valid = Number.isInteger(n) && n >= NOTICE.min && n <= NOTICE.max
  const publish = async () => {
    const out = await run((requestId) => call('document.publish', { documentId: doc.id, noticeDays: n }, { requestId }),
      { title: '公示', content: `公示《${doc.title}》${n}天？公示后全村村民都能看到并提意见，正文不能再改。`, confirmText: '开始公示' })
    if (out) { void Taro.showToast({ title: '已开始公示', icon: 'success' }); onDone() }
  }
  return (
    <View className='card document-publish'>
      <ActionButton className='btn-edit-draft' primary={false} onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/document-edit/index?id=${encodeURIComponent(doc.id)}` })}>修改草稿</ActionButton>
      <TextField label={`公示天数（${NOTICE.min}–${NOTICE.max}天）`} className='notice-days-input' type='number' value={days} maxlength={2} onChange={setDays} />
      <ActionButton className='btn-publish-document' disabled={!valid || submitting} onClick={publish}>{submitting ? '正在公示…' : `公示${valid ? n : ''}天`}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

const count = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)

/** After the notice ends: the assembly's meeting date and votes. Adopted only when for > against. */
export function AdoptForm({ doc, onDone }: { doc: Doc; onDone: () => void }) {
  const [date, setDate] = useState(beijingDate())
  const [votes, setVotes] = useState({ for: '', against: '', abstain: '' })
  const { submitting, error, run } = useSubmit()
  const ended = !!doc.notice && noticeEnded(doc.notice)
  if (!ended) {
    return <Text className='t-body muted block adopt-wait'>{doc.notice ? `${noticeStatusLine(doc.notice)}，` : ''}期满后在这里登记村民（代表）会议表决结果。</Text>
  }
  const v = { for: count(votes.for), against: count(votes.against), abstain: count(votes.abstain) }
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && [v.for, v.against, v.abstain].every((x) => Number.isInteger(x))
  const outcome = v.for > v.against ? 'adopted' : 'rejected'
  const save = async () => {
    const out = await run((requestId) => call('document.adopt', { documentId: doc.id, meetingDate: date, for: v.for, against: v.against, abstain: v.abstain, outcome }, { requestId }), {
      title: '登记表决结果',
      content: `${date} 会议：赞成 ${v.for}，反对 ${v.against}，弃权 ${v.abstain}。结果：${outcome === 'adopted' ? '通过，成为现行版本' : '未通过'}。登记后不能修改，确认？`,
      confirmText: '确认登记',
    })
    if (out) { void Taro.showToast({ title: '已登记', icon: 'success' }); onDone() }
  }
  const set = (k: keyof typeof votes) => (s: string) => setVotes({ ...votes, [k]: s })
  return (
    <View className='card adopt-form'>
      <Text className='t-subtitle block'>登记表决结果</Text>
      <DateField label='会议日期' className='meeting-date-input' value={date} start={doc.notice ? noticeFirstDay(doc.notice) : undefined} end={beijingDate()} onChange={setDate} />
      <View className='row'>
        <TextField label='赞成' className='votes-for-input entry' type='number' value={votes.for} maxlength={6} onChange={set('for')} />
        <TextField label='反对' className='votes-against-input entry' type='number' value={votes.against} maxlength={6} onChange={set('against')} />
        <TextField label='弃权' className='votes-abstain-input entry' type='number' value={votes.abstain} maxlength={6} onChange={set('abstain')} />
      </View>
      {valid ? <Text className={`t-body block adopt-outcome outcome-${outcome}`}>按票数：{outcome === 'adopted' ? '通过（赞成多于反对）' : '未通过'}</Text> : null}
      <ActionButton className='btn-adopt' disabled={!valid || submitting} onClick={save}>{submitting ? '正在登记…' : '登记表决结果'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}
