import { View, Text, Textarea } from '@tarojs/components'

export interface ItemDraft { key: string; text: string }
let seq = 0
export const itemDraft = (text = ''): ItemDraft => ({ key: `i${++seq}`, text })

/** One side's list of commitment items: edit, add, remove (at least one, at most 20). */
export function ItemsEditor({ title, items, onChange, className }: { title: string; items: ItemDraft[]; onChange: (items: ItemDraft[]) => void; className: string }) {
  const set = (key: string, text: string) => onChange(items.map((i) => (i.key === key ? { ...i, text } : i)))
  return (
    <View className={`card items-editor ${className}`}>
      <Text className='t-subtitle block'>{title}（{items.length}条）</Text>
      {items.map((it, n) => (
        <View key={it.key} className='member-box item-edit'>
          <View className='row'>
            <Text className='t-small muted entry'>第{n + 1}条</Text>
            {items.length > 1 ? <Text className='btn btn-ghost btn-small btn-remove-item' onClick={() => onChange(items.filter((i) => i.key !== it.key))}>删除</Text> : null}
          </View>
          <Textarea className='cx-textarea item-text' nativeProps={{ 'aria-label': '承诺内容' }} value={it.text} maxlength={200} autoHeight placeholder='承诺内容（2–200字）' onInput={(e) => set(it.key, e.detail.value)} />
        </View>
      ))}
      {items.length < 20 ? <Text className='btn btn-ghost btn-small btn-add-item' onClick={() => onChange([...items, itemDraft()])}>＋ 添加一条</Text> : null}
    </View>
  )
}

/** What is still wrong with one side's items, in the schema's own words. */
export function itemsProblem(side: string, items: ItemDraft[]): string | null {
  if (items.length === 0) return `${side}至少一条承诺`
  const short = items.findIndex((i) => i.text.trim().length < 2)
  return short >= 0 ? `${side}第${short + 1}条至少2个字` : null
}
