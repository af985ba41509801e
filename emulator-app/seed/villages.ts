import type { VillageDoc } from '@chengxin/shared/src/server/documents'

export const TOWNSHIP = { _id: 't-shizi', name: '十字镇', office: '十字镇卫健办' }

const DEMO = [
  ['v-shizi', '十字村'], ['v-baizi', '百子村'], ['v-yangzhuang', '杨庄村'], ['v-hualong', '化龙村'],
  ['v-wangying', '王郢村'], ['v-gaoqiao', '高桥村'], ['c-shizijie', '十字社区'],
] as const
const MORE = ['河口村', '新塘村', '柳湾村', '石桥村', '桃园村', '龙潭村', '三里村']
const ORDINAL = '一二三四五六七八九十'

function groupsOf(id: string, community: boolean, count: number): VillageDoc['groups'] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${id}-g${i + 1}`,
    name: community ? `第${ORDINAL[i] ?? i + 1}居民小组` : `第${ORDINAL[i] ?? i + 1}村民组`,
  }))
}

/** A township holds this many villages (十字镇 at full scale); villages past it belong to the county's other townships. */
export const VILLAGES_PER_TOWNSHIP = 14

/** The township of the n-th village (0-based): 十字镇 for the first fourteen, then 第2镇, 第3镇, … */
export function townshipOf(n: number): typeof TOWNSHIP {
  const k = Math.floor(n / VILLAGES_PER_TOWNSHIP)
  return k === 0 ? TOWNSHIP : { _id: `t-more${k}`, name: `第${k + 1}镇`, office: `第${k + 1}镇卫健办` }
}

/** The townships `count` villages fill: 十字镇 alone up to fourteen villages, one more per fourteen after that. */
export function townships(count: number): Array<typeof TOWNSHIP> {
  return Array.from({ length: Math.max(1, Math.ceil(count / VILLAGES_PER_TOWNSHIP)) }, (_, k) => townshipOf(k * VILLAGES_PER_TOWNSHIP))
}

/**
 * The demo township's villages; `count` above seven adds more. Above fourteen (a county, for
 * the full-scale seed: 280 villages of ordinary size) the villages past the fourteenth belong
 * to further townships of fourteen, so a township officer's dashboard covers one township as
 * it would in a real county, not the whole county.
 */
export function villages(count: number = DEMO.length, groupsPerVillage = 5): VillageDoc[] {
  const more = Array.from({ length: Math.max(0, count - DEMO.length) }, (_, i) => [`v-more${i + 1}`, MORE[i] ?? `新${i + 1 - MORE.length}村`] as const)
  const named: Array<readonly [string, string]> = [...DEMO, ...more]
  return named.slice(0, count).map(([id, name], n) => {
    const community = id.startsWith('c-')
    return { _id: id, townshipId: townshipOf(n)._id, name, kind: community ? 'community' : 'village', groups: groupsOf(id, community, groupsPerVillage) }
  })
}
