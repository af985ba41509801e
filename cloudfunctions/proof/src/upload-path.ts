import { randomUUID } from 'crypto'
import type { ActionDef } from '@chengxin/shared/src/server'
import { householdOf } from '@chengxin/shared/src/server'
import { ownPhotoFolder } from './photo-folder'

/** A fresh name in the caller's own photo folder (the context load is the only round trip). */
export const uploadPath: ActionDef<'proof.uploadPath'> = {
  async run({ caller }) {
    householdOf(caller)
    return { cloudPath: `${ownPhotoFolder(caller.openid)}${randomUUID()}.jpg` }
  },
}
