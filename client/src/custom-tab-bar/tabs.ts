// The four tab pages, in app.config's tabBar.list order: one list for the config, the weapp's
// custom tab bar and the shell's bottom space.
export interface Tab { pagePath: string; text: string; icon: string }

export const TABS: readonly Tab[] = [
  { pagePath: 'pages/index/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/commitment/index', text: '承诺', icon: 'commitment' },
  { pagePath: 'pages/booking/index', text: '预约', icon: 'booking' },
  { pagePath: 'pages/mine/index', text: '我的', icon: 'mine' },
]

/** Which tab a route is (`pages/mine/index` or `/pages/mine/index?x=1`), or -1. */
export const tabIndexOf = (route: string | undefined): number => {
  const path = (route ?? '').replace(/^\//, '').split('?')[0]
  return TABS.findIndex((t) => t.pagePath === path)
}
