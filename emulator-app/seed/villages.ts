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

/** The demo township's villages; `count` above seven adds more (for the full-scale seed: 280 spread a county's households over villages of ordinary size). */
export function villages(count: number = DEMO.length, groupsPerVillage = 5): VillageDoc[] {
  const more = Array.from({ length: Math.max(0, count - DEMO.length) }, (_, i) => [`v-more${i + 1}`, MORE[i] ?? `新${i + 1 - MORE.length}村`] as const)
  const named: Array<readonly [string, string]> = [...DEMO, ...more]
  return named.slice(0, count).map(([id, name]) => {
    const community = id.startsWith('c-')
    return { _id: id, townshipId: TOWNSHIP._id, name, kind: community ? 'community' : 'village', groups: groupsOf(id, community, groupsPerVillage) }
  })
}
