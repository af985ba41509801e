import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { TemplateView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { call } from '../../../../services/cloud'
import { TextField } from '../../components/fields'
import { ItemsEditor, itemDraft, itemsProblem, type ItemDraft } from '../../components/items-editor'
import '../../components/cadre.css'

export const PUBLISH_WARNING = '发布后全村各户需要重新签署'
export const PUBLISH_CONFIRM = `${PUBLISH_WARNING}：旧版本的承诺书全部作废，各户户主要按新版本重新签署，村委会再逐户会签。确认发布？`

function Editor({ current }: { current: TemplateView | null }) {
  const [title, setTitle] = useState(current?.title ?? '')
  const [village, setVillage] = useState<ItemDraft[]>(current ? current.villageItems.map((i) => itemDraft(i.text)) : [itemDraft()])
  const [household, setHousehold] = useState<ItemDraft[]>(current ? current.householdItems.map((i) => itemDraft(i.text)) : [itemDraft()])
  const { submitting, error, run } = useSubmit()
  const problem = title.trim().length < 2 ? '标题至少2个字' : itemsProblem('村委会承诺', village) ?? itemsProblem('农户承诺', household)
  const next = (current?.version ?? 0) + 1

  const publish = async () => {
    if (problem) return
    const out = await run((requestId) => call('commitment.template.publish', {
      title: title.trim(),
      villageItems: village.map((i) => ({ text: i.text.trim() })),
      householdItems: household.map((i) => ({ text: i.text.trim() })),
    }, { requestId }), { title: `发布第${next}版`, content: PUBLISH_CONFIRM, confirmText: '确认发布' })
    if (!out) return
    void Taro.showModal({ title: '已发布', content: `第${out.version}版已发布，${out.superseded} 份旧版承诺书已作废，各户会收到重新签署的提醒。`, showCancel: false })
    void Taro.navigateBack()
  }

  return (
    <View className='template-editor'>
      <View className='card'>
        <Text className='t-body muted block'>{current ? `在第${current.version}版基础上修订，发布后为第${next}版` : '起草第1版'}</Text>
        <TextField label='标题' className='template-title-input' value={title} maxlength={50} placeholder='如 十字村双向承诺书' onChange={setTitle} />
      </View>
      <ItemsEditor title='村委会承诺' items={village} onChange={setVillage} className='edit-village' />
      <ItemsEditor title='农户承诺' items={household} onChange={setHousehold} className='edit-household' />
      <View className='warn publish-warning'><Text className='t-body'>注意：{PUBLISH_WARNING}，之前的签署全部作废。</Text></View>
      {problem ? <Text className='t-small muted block form-hint'>{problem}</Text> : null}
      <ActionButton className='btn-publish-template' disabled={!!problem || submitting} onClick={publish}>
        {submitting ? '正在发布…' : `发布第${next}版`}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function Loader() {
  const { state, reload } = useAction('commitment.template.get', {})
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  return <Editor current={state.data.template} />
}

export default function TemplateEditPage() {
  return (
    <PageShell title='修订承诺书'>
      <SessionGate role='cadre'>{() => <Loader />}</SessionGate>
    </PageShell>
  )
}
