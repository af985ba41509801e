import { createHandler } from '@chengxin/shared/src/server'
import { list } from './src/list'
import { get } from './src/get'
import { create } from './src/create'
import { update } from './src/update'
import { archive } from './src/archive'
import { views } from './src/views'
import { consent } from './src/consent'

export const main = createHandler({
  'household.list': list,
  'household.get': get,
  'household.create': create,
  'household.update': update,
  'household.archive': archive,
  'household.views': views,
  'household.consent': consent,
})
