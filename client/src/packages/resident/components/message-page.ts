import Taro from '@tarojs/taro'

const TAB_PAGES = ['pages/index/index', 'pages/commitment/index', 'pages/booking/index', 'pages/mine/index']

/** The url a message's `page` opens, and whether it is a tab (which takes no query). */
export function messageTarget(page: string): { url: string; tab: boolean } | null {
  const [path, query] = page.trim().replace(/^\//, '').split('?')
  if (!path) return null
  if (TAB_PAGES.includes(path)) return { url: `/${path}`, tab: true }
  return { url: `/${path}${query ? `?${query}` : ''}`, tab: false }
}

export async function openMessagePage(page: string): Promise<void> {
  const target = messageTarget(page)
  if (!target) return
  try {
    await (target.tab ? Taro.switchTab({ url: target.url }) : Taro.navigateTo({ url: target.url }))
  } catch {
    void Taro.showToast({ title: '该页面暂未开放', icon: 'none' })
  }
}
