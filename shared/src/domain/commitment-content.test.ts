import { canonicalText, contentHash, type CommitmentContent } from './commitment-content'

const base: CommitmentContent = {
  villageName: '十字村',
  householdLabel: '第一村民组 张建国户',
  title: '2026年度双向承诺书',
  templateVersion: 1,
  villageItems: [{ id: 'v1', text: '按时兑现奖励优惠待遇' }, { id: 'v2', text: '免费提供健康检查' }],
  householdItems: [{ id: 'h1', text: '遵守村规民约' }],
}

describe('commitment content hash', () => {
  it('is a 64-character hex SHA-256 that is stable for the same text', () => {
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/)
    expect(contentHash({ ...base, villageItems: [...base.villageItems] })).toBe(contentHash(base))
  })

  it('changes when one word of an item changes', () => {
    const edited = { ...base, householdItems: [{ id: 'h1', text: '遵守村规民约和章程' }] }
    expect(contentHash(edited)).not.toBe(contentHash(base))
  })

  it('changes when items are reordered or moved to the other side', () => {
    const reordered = { ...base, villageItems: [base.villageItems[1], base.villageItems[0]] }
    const moved = { ...base, villageItems: base.villageItems.slice(1), householdItems: [base.villageItems[0], ...base.householdItems] }
    expect(contentHash(reordered)).not.toBe(contentHash(base))
    expect(contentHash(moved)).not.toBe(contentHash(base))
  })

  it('changes with the template version and the household', () => {
    expect(contentHash({ ...base, templateVersion: 2 })).not.toBe(contentHash(base))
    expect(contentHash({ ...base, householdLabel: '第一村民组 李四户' })).not.toBe(contentHash(base))
  })

  it('puts both parties and every item in the canonical text', () => {
    const text = canonicalText(base)
    expect(text).toContain('村：十字村')
    expect(text).toContain('村2[v2] 免费提供健康检查')
    expect(text).toContain('户1[h1] 遵守村规民约')
  })
})
