import { createHandler } from '@chengxin/shared/src/server'
import { list } from './src/list'
import { get } from './src/get'
import { history } from './src/history'
import { draft } from './src/draft'
import { publish } from './src/publish'
import { adopt } from './src/adopt'
import { comment } from './src/comment'

export const main = createHandler({
  'document.list': list,
  'document.get': get,
  'document.history': history,
  'document.draft': draft,
  'document.publish': publish,
  'document.adopt': adopt,
  'document.comment': comment,
})
