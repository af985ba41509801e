// The unread count on the 我的 tab. WeChat refuses tab-bar calls from a page that is not a
// tab page ("not TabBar page"); callers retry when a tab page shows, so failures are ignored.
// The weapp's custom tab bar (custom-tab-bar/) draws the count from unreadStore itself; there
// WeChat ignores these calls.
import Taro from '@tarojs/taro'

/** Position of 我的 in app.config's tabBar.list. */
export const MINE_TAB_INDEX = 3

export function showUnreadBadge(count: number): void {
  const quiet = (p: Promise<unknown> | undefined) => { void p?.catch?.(() => {}) }
  try {
    if (count > 0) quiet(Taro.setTabBarBadge({ index: MINE_TAB_INDEX, text: count > 99 ? '99+' : String(count) }) as Promise<unknown>)
    else quiet(Taro.removeTabBarBadge({ index: MINE_TAB_INDEX }) as Promise<unknown>)
  } catch {
    // Old base libraries and hosts without a tab bar: the count still shows in 我的 → 消息.
  }
}
