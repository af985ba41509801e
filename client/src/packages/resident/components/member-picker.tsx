import { View, Text } from '@tarojs/components'
import type { Member } from './use-household'

export interface MemberChoice extends Member {
  /** Why this member cannot take the slot (already booked this period), or null. */
  blocked: string | null
}

/** One large tappable row per household member; a blocked member is shown with the reason. */
export function MemberPicker({ members, value, onChange }: { members: MemberChoice[]; value: string | null; onChange: (id: string) => void }) {
  return (
    <View className='member-picker'>
      <Text className='t-body block'>为谁预约？</Text>
      {members.map((m) => (
        <View
          key={m.id}
          data-id={m.id}
          className={`member-option ${value === m.id ? 'selected' : ''} ${m.blocked ? 'is-disabled' : ''}`}
          onClick={() => { if (!m.blocked) onChange(m.id) }}
        >
          <Text className='t-body block member-option-name'>{m.name}{m.self ? '（本人）' : ''}</Text>
          {m.away ? <Text className='t-small muted block'>在{m.away}务工，也可以上传异地检查证明</Text> : null}
          {m.blocked ? <Text className='t-small muted block member-blocked'>{m.blocked}</Text> : null}
        </View>
      ))}
      <Text className='t-small muted block member-hint'>列表里没有的家庭成员，请本人绑定后自己预约，或请村专干代约。</Text>
    </View>
  )
}
