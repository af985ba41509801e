// Deterministic, realistic names for demo households: the same seed gives the same township.

export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'
const MALE = ['建国', '志强', '国庆', '卫东', '德明', '永福', '家宝', '春生', '庆华', '长林', '海军', '立新', '胜利', '宏伟', '金山', '文斌', '振华', '保平', '学军', '明亮']
const FEMALE = ['秀英', '桂兰', '玉珍', '凤英', '春梅', '丽华', '淑芬', '翠花', '美玲', '小红', '晓燕', '红梅', '海燕', '秀兰', '金凤', '丽娟', '慧敏', '雪梅', '佳怡', '欣怡']
const YOUNG = ['子涵', '浩然', '梓萱', '宇轩', '欣妍', '俊杰', '诗涵', '博文', '雨桐', '子轩']

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]
}

export function personName(rand: () => number, surname: string, kind: 'male' | 'female' | 'young'): string {
  return surname + pick(rand, kind === 'male' ? MALE : kind === 'female' ? FEMALE : YOUNG)
}

export function surname(rand: () => number): string {
  return SURNAMES[Math.floor(rand() * SURNAMES.length)]
}

export const CITIES = ['合肥', '上海', '苏州', '杭州', '南京', '宁波', '深圳']
