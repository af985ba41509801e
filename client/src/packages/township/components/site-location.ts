import Taro from '@tarojs/taro'
import type { SiteView } from '@chengxin/shared/src/api'

/** WeChat's map at the site (H5: Taro's openLocation opens a map page). */
export function openSiteLocation(s: Pick<SiteView, 'name' | 'address' | 'location'>) {
  if (!s.location) return
  void Taro.openLocation({ latitude: s.location.latitude, longitude: s.location.longitude, name: s.name, address: s.address, scale: 16 })
    .catch(() => Taro.showToast({ title: '无法打开地图', icon: 'none' }))
}
