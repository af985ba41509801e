import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { formatTime } from '../../../../components/format'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import '../../components/cadre.css'

function Items({ title, items, className }: { title: string; items: Array<{ id: string; text: string }>; className: string }) {
  return (
    <View className={`card items ${className}`}>
      <Text className='t-subtitle block'>{title}</Text>
      {items.map((it, i) => <View key={it.id} className='item'><Text className='t-body'>{i + 1}. {it.text}</Text></View>)}
    </View>
  )
}

function CurrentTemplate() {
  const { state, reload } = useAction('commitment.template.get', {})
  const edit = () => Taro.navigateTo({ url: '/packages/cadre/pages/template-edit/index' })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const t = state.data.template
  if (!t) {
    return (
      <View>
        <Empty text='本村还没有发布承诺书' hint='起草双方条款并发布后，各户户主就可以在小程序里签署。' />
        <ActionButton className='btn-edit-template' onClick={edit}>起草承诺书</ActionButton>
      </View>
    )
  }
  return (
    <View className='template-current'>
      <View className='card'>
        <Text className='t-title block template-title'>{t.title}</Text>
        <Text className='t-body muted block template-version'>第{t.version}版 · 发布于 {formatTime(t.publishedAt)}</Text>
      </View>
      <Items title='村委会承诺' items={t.villageItems} className='items-village' />
      <Items title='农户承诺' items={t.householdItems} className='items-household' />
      <ActionButton className='btn-edit-template' onClick={edit}>修订为新版本</ActionButton>
      <ActionButton className='btn-open-stats' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/cadre/pages/stats/index' })}>查看签约情况</ActionButton>
    </View>
  )
}

export default function TemplatePage() {
  return (
    <PageShell title='承诺书模板'>
      <SessionGate role='cadre'>{() => <CurrentTemplate />}</SessionGate>
    </PageShell>
  )
}
