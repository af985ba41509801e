import { createHandler, withTimers } from '@chengxin/shared/src/server'
import { uploadPath } from './src/upload-path'
import { submit } from './src/submit'
import { mine } from './src/mine'
import { list } from './src/list'
import { decide } from './src/decide'
import { deleteExpiredPhotos } from './src/retention'

const handle = createHandler({
  'proof.uploadPath': uploadPath,
  'proof.submit': submit,
  'proof.mine': mine,
  'proof.list': list,
  'proof.decide': decide,
})

/** The daily timer deletes expired photos; everything a client sends goes through the actions. */
export const main = withTimers({ retention: () => deleteExpiredPhotos() }, handle)
