import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DocumentKind } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { call } from '../../../../services/cloud'
import { Chips, TextArea, TextField } from '../../components/fields'
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from '../../components/labels'
import '../../components/cadre.css'

interface Draft { kind: DocumentKind | null; title: string; body: string }

/** Writes the village's next version of one kind; saving again rewrites the same draft. */
function DraftForm({ initial, fixedKind }: { initial: Draft; fixedKind: boolean }) {
  const [d, setD] = useState(initial)
  const { submitting, error, run } = useSubmit()
  const problem = !d.kind ? '请选择文件类别' : !d.title.trim() ? '请填写标题' : !d.body.trim() ? '请填写正文' : null
  const save = async () => {
    if (problem || !d.kind) return
    const kind = d.kind
    const out = await run((requestId) => call('document.draft', { kind, title: d.title.trim(), body: d.body.trim() }, { requestId }))
    if (!out) return
    void Taro.showToast({ title: '草稿已保存', icon: 'success' })
    void Taro.redirectTo({ url: `/packages/cadre/pages/document/index?id=${encodeURIComponent(out.documentId)}` })
  }
  return (
    <View className='document-form card'>
      {fixedKind && d.kind ? <Text className='t-subtitle block'>{DOCUMENT_KIND_LABELS[d.kind]}</Text> : (
        <View>
          <Text className='t-small muted block'>文件类别</Text>
          <Chips options={DOCUMENT_KINDS} labels={DOCUMENT_KIND_LABELS} selected={d.kind ? [d.kind] : []} onToggle={(k) => setD({ ...d, kind: k })} className='kind-picker' />
        </View>
      )}
      <TextField label='标题' className='document-title-input' value={d.title} maxlength={60} placeholder='如 十字村村规民约（2027年修订）' onChange={(title) => setD({ ...d, title })} />
      <TextArea label='正文' className='document-body-input' value={d.body} maxlength={20000} placeholder='逐条填写，一条一行' onChange={(body) => setD({ ...d, body })} />
      <Text className='t-small muted block'>保存后是草稿，村民看不到；在文件页点“公示”后才对全村公开。</Text>
      {problem ? <Text className='t-small muted block form-hint'>{problem}</Text> : null}
      <ActionButton className='btn-save-draft' disabled={!!problem || submitting} onClick={save}>{submitting ? '正在保存…' : '保存草稿'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function EditDraft({ id }: { id: string }) {
  const { state, reload } = useAction('document.get', { documentId: id })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const doc = state.data.document
  return <DraftForm initial={{ kind: doc.kind, title: doc.title, body: doc.body }} fixedKind />
}

export default function DocumentEditPage() {
  const p = useRouter().params
  const kind = (p.kind as DocumentKind | undefined) ?? null
  return (
    <PageShell title={p.id ? '修改草稿' : '起草文件'}>
      <SessionGate role='cadre'>
        {() => (p.id ? <EditDraft id={decodeURIComponent(p.id)} /> : <DraftForm initial={{ kind, title: '', body: '' }} fixedKind={false} />)}
      </SessionGate>
    </PageShell>
  )
}
