import { View, Text } from '@tarojs/components'
import type { CommitmentView as Commitment, Signature } from '@chengxin/shared/src/api'
import { STATUS_LABELS, formatTime, shortHash } from './format'

function SignatureBlock({ label, sig, className }: { label: string; sig: Signature | null; className: string }) {
  return (
    <View className={`card signature ${className} ${sig ? 'signed' : 'unsigned'}`}>
      <Text className='t-subtitle block'>{label}</Text>
      {sig ? (
        <View>
          <Text className='t-body block'>签署人：{sig.name}</Text>
          <Text className='t-body block'>时间：{formatTime(sig.at)}</Text>
          <Text className='t-small muted block'>版本 第{sig.templateVersion}版 · 校验码 {shortHash(sig.contentHash)}</Text>
        </View>
      ) : (
        <Text className='t-body muted block'>尚未签署</Text>
      )}
    </View>
  )
}

function Items({ title, items, className }: { title: string; items: Commitment['villageItems']; className: string }) {
  return (
    <View className={`card items ${className}`}>
      <Text className='t-subtitle block'>{title}</Text>
      {items.length === 0 ? <Text className='t-body muted block'>（无条款）</Text> : null}
      {items.map((it, i) => (
        <View key={it.id} className='item'>
          <Text className='t-body'>{i + 1}. {it.text}</Text>
        </View>
      ))}
    </View>
  )
}

/** The full two-way commitment: both sides' items and both signatures. */
export function CommitmentDoc({ c }: { c: Commitment }) {
  return (
    <View className='commitment-doc'>
      <View className='card'>
        <Text className='t-title block commitment-title'>{c.title}</Text>
        <Text className='t-body muted block'>{c.villageName} · {c.groupName} · {c.householdLabel}</Text>
        <View className='row'>
          <Text className={`tag commitment-status status-${c.status}`}>{STATUS_LABELS[c.status]}</Text>
          <Text className='t-small muted'>第{c.templateVersion}版</Text>
        </View>
      </View>
      <Items title='村委会承诺' items={c.villageItems} className='items-village' />
      <Items title='农户承诺' items={c.householdItems} className='items-household' />
      <SignatureBlock label='户主签名' sig={c.householdSignature} className='signature-household' />
      <SignatureBlock label='村委会会签' sig={c.villageSignature} className='signature-village' />
    </View>
  )
}
