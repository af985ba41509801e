import { clauseWords, documentDiff, normaliseText } from './document-diff'

const V1 = ['第一条 本村村民应遵守国家法律法规。', '第二条 爱护公共设施，不乱堆乱放。', '第三条 红白喜事从简办理。'].join('\n')

describe('document diff', () => {
  it('shows an unchanged text as one run kept, with nothing added or removed', () => {
    expect(documentDiff(V1, V1)).toEqual({ parts: [{ op: 'same', text: V1, lines: 3 }], added: 0, removed: 0, changed: 0, renumbered: 0 })
  })

  it('shows the first version as entirely new', () => {
    expect(documentDiff(null, V1)).toEqual({ parts: [{ op: 'added', text: V1, lines: 3 }], added: 3, removed: 0, changed: 0, renumbered: 0 })
  })

  it('shows a reworded clause as one change with its old wording, the rest kept', () => {
    const v2 = V1.replace('红白喜事从简办理。', '红白喜事从简办理，礼金不超过200元。')
    expect(documentDiff(V1, v2)).toEqual({
      parts: [
        { op: 'same', text: '第一条 本村村民应遵守国家法律法规。\n第二条 爱护公共设施，不乱堆乱放。', lines: 2 },
        { op: 'changed', text: '第三条 红白喜事从简办理，礼金不超过200元。', before: '第三条 红白喜事从简办理。', lines: 1 },
      ],
      added: 0,
      removed: 0,
      changed: 1,
      renumbered: 0,
    })
  })

  it('keeps clauses that were only renumbered, and counts only the real changes', () => {
    // A new 第一条 pushes every clause down one number; one old clause is reworded.
    const v2 = ['第一条 全体村民讲诚信、守承诺。', '第二条 本村村民应遵守国家法律法规。', '第三条 爱护公共设施，不乱堆乱放。', '第四条 红白喜事从简办理，不大操大办。'].join('\n')
    const diff = documentDiff(V1, v2)
    expect(diff.parts.map((p) => [p.op, p.text])).toEqual([
      ['added', '第一条 全体村民讲诚信、守承诺。'],
      ['same', '第二条 本村村民应遵守国家法律法规。\n第三条 爱护公共设施，不乱堆乱放。'],
      ['changed', '第四条 红白喜事从简办理，不大操大办。'],
    ])
    expect(diff).toMatchObject({ added: 1, removed: 0, changed: 1, renumbered: 2 })
  })

  it('ignores the numbering styles village documents use', () => {
    expect(clauseWords('第十二条 垃圾分类。')).toBe('垃圾分类。')
    expect(clauseWords('第三章 奖惩')).toBe('奖惩')
    expect(clauseWords('（二）按时参加检查')).toBe('按时参加检查')
    expect(clauseWords('3. 按时参加检查')).toBe('按时参加检查')
    expect(clauseWords('四、按时参加检查')).toBe('按时参加检查')
    expect(documentDiff('一、甲乙丙\n二、丁戊己', '（一）甲乙丙\n（二）丁戊己')).toMatchObject({ added: 0, removed: 0, changed: 0, renumbered: 2 })
  })

  it('does not pair clauses that share too few words', () => {
    const diff = documentDiff('第一条 红白喜事从简办理。', '第一条 垃圾分类后投放到指定地点。')
    expect(diff.parts.map((p) => p.op)).toEqual(['removed', 'added'])
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 0 })
  })

  it('shows an added clause and a deleted clause in place', () => {
    const v2 = ['第一条 本村村民应遵守国家法律法规。', '第三条 红白喜事从简办理。', '第四条 垃圾分类投放。'].join('\n')
    const diff = documentDiff(V1, v2)
    expect(diff.parts.map((p) => [p.op, p.text])).toEqual([
      ['same', '第一条 本村村民应遵守国家法律法规。'],
      ['removed', '第二条 爱护公共设施，不乱堆乱放。'],
      ['same', '第三条 红白喜事从简办理。'],
      ['added', '第四条 垃圾分类投放。'],
    ])
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 0 })
  })

  it('does not count line endings, trailing spaces, a final newline or blank lines as changes', () => {
    const messy = `\n${V1.replace(/\n/g, '  \r\n\r\n\r\n')}\u3000\n\n`
    expect(documentDiff(V1, messy)).toMatchObject({ added: 0, removed: 0 })
  })

  it('compares the lines that carry text, leaving blank lines out', () => {
    expect(normaliseText('甲 \n\n\u3000\n\n乙\r\n')).toBe('甲\n乙')
    expect(documentDiff('甲\n乙', '甲\n\n乙').parts).toEqual([{ op: 'same', text: '甲\n乙', lines: 2 }])
  })

  it('compares two empty texts as no change at all', () => {
    expect(documentDiff('', '')).toEqual({ parts: [], added: 0, removed: 0, changed: 0, renumbered: 0 })
  })
})
