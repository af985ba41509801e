import { Text } from '@tarojs/components'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import type { Paged } from './use-paged'

/** Error of a later page, 加载更多 while more remain, 已全部显示 at the end. */
export function PagedFooter<T>({ list, onMore }: { list: Paged<T>; onMore: () => void }) {
  if (!list.loaded) return null
  const more = list.items.length < list.total
  return (
    <>
      {list.error ? <ErrorLine error={list.error} /> : null}
      {more ? (
        <ActionButton className='btn-load-more' primary={false} disabled={list.loading} onClick={onMore}>
          {list.loading ? '正在加载…' : `加载更多（已显示 ${list.items.length}/${list.total}）`}
        </ActionButton>
      ) : null}
      {!more && list.items.length > 0 ? <Text className='t-small muted block list-end'>已全部显示</Text> : null}
    </>
  )
}
