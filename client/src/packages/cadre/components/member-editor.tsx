import { View, Text } from '@tarojs/components'
import type { MemberView } from '@chengxin/shared/src/api'
import { TextField } from './fields'

/** A member as the form holds it. `idNumber` is only what the cadre types now: blank keeps
 * the recorded number (shown masked) or records none. */
export interface MemberDraft {
  key: string
  id?: string
  name: string
  relation: string
  isHead: boolean
  idNumber: string
  idMasked: string | null
  away: boolean
  city: string
}

let seq = 0
export const newMember = (isHead: boolean): MemberDraft =>
  ({ key: `new-${++seq}`, name: '', relation: isHead ? '户主' : '', isHead, idNumber: '', idMasked: null, away: false, city: '' })

export const draftOf = (m: MemberView): MemberDraft => ({
  key: m.id, id: m.id, name: m.name, relation: m.relation, isHead: m.isHead, idNumber: '', idMasked: m.idMasked,
  away: !!m.workingAway, city: m.workingAway?.city ?? '',
})

/** What is still missing before the form can be sent (the server checks ID numbers). */
export function memberProblem(ms: MemberDraft[]): string | null {
  if (ms.length === 0) return '至少填写一位成员'
  if (ms.filter((m) => m.isHead).length !== 1) return '请指定一位户主'
  for (const [i, m] of ms.entries()) {
    const who = m.name.trim() || `第${i + 1}位成员`
    if (!m.name.trim()) return `请填写第${i + 1}位成员的姓名`
    if (!m.relation.trim()) return `请填写${who}与户主的关系`
    if (m.away && !m.city.trim()) return `请填写${who}的务工城市`
  }
  return null
}

interface Props { members: MemberDraft[]; onChange: (ms: MemberDraft[]) => void }

/** Members with name, relation, one head, optional ID number and working-away city. */
export function MemberEditor({ members, onChange }: Props) {
  const set = (key: string, patch: Partial<MemberDraft>) => onChange(members.map((m) => (m.key === key ? { ...m, ...patch } : m)))
  const makeHead = (key: string) => onChange(members.map((m) => ({ ...m, isHead: m.key === key })))
  const remove = (key: string) => onChange(members.filter((m) => m.key !== key))
  return (
    <View className='member-editor'>
      {members.map((m, i) => (
        <View key={m.key} className={`member-box member-edit ${m.isHead ? 'is-head' : ''}`}>
          <View className='row'>
            <Text className='t-body entry'>第{i + 1}位{m.isHead ? '（户主）' : ''}</Text>
            {!m.isHead ? <Text className='btn btn-ghost btn-small btn-make-head' onClick={() => makeHead(m.key)}>设为户主</Text> : null}
            {members.length > 1 ? <Text className='btn btn-ghost btn-small btn-remove-member' onClick={() => remove(m.key)}>删除</Text> : null}
          </View>
          <TextField label='姓名' className='member-name-input' value={m.name} maxlength={20} onChange={(v) => set(m.key, { name: v })} />
          <TextField label='与户主关系' className='member-relation-input' value={m.relation} maxlength={10} placeholder='如 户主、配偶、儿子' onChange={(v) => set(m.key, { relation: v })} />
          <TextField label={m.idMasked ? `身份证号（已登记 ${m.idMasked}，不改请留空）` : '身份证号（可不填）'} className='member-idnumber-input'
            type='idcard' value={m.idNumber} maxlength={18} onChange={(v) => set(m.key, { idNumber: v })} />
          <View className='checkbox-row member-away-toggle' onClick={() => set(m.key, { away: !m.away })}>
            <View className={`checkbox ${m.away ? 'checked' : ''}`}>{m.away ? '✓' : ''}</View>
            <Text className='t-body'>外出务工</Text>
          </View>
          {m.away ? <TextField label='务工城市' className='member-city-input' value={m.city} maxlength={20} placeholder='如 宁波' onChange={(v) => set(m.key, { city: v })} /> : null}
        </View>
      ))}
      <Text className='btn btn-ghost btn-small btn-add-member' onClick={() => onChange([...members, newMember(members.length === 0)])}>＋ 添加成员</Text>
    </View>
  )
}
