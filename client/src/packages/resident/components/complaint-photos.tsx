// Up to six photos for a complaint. Each uploads as soon as it is chosen, through
// services/upload (which compresses it on the phone), so submitting sends only fileIDs
// and a retried submit never uploads twice.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ErrorLine } from '../../../components/state-views'
import { uploadProofPhoto } from '../../../services/upload'

export const MAX_PHOTOS = 6
export interface Photo { path: string; fileID: string }

/** Named complaints only: cloud storage records who uploaded a file, so a photo would name an anonymous author. */
export function ComplaintPhotos({ photos, onChange }: { photos: Photo[]; onChange: (p: Photo[]) => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const room = MAX_PHOTOS - photos.length

  const choose = async () => {
    let paths: string[] = []
    try {
      paths = (await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['camera', 'album'] })).tempFilePaths.slice(0, room)
    } catch {
      // The resident closed the picker: nothing chosen.
    }
    if (!paths.length) return
    setBusy(true)
    setError(null)
    const added: Photo[] = []
    for (const path of paths) {
      const up = await uploadProofPhoto(path)
      if (!up.ok) { setError(up.error); break }
      added.push({ path, fileID: up.data.fileID })
    }
    setBusy(false)
    if (added.length) onChange([...photos, ...added])
  }

  return (
    <View className='field complaint-photos'>
      <Text className='t-small muted block'>照片（可不传，最多 {MAX_PHOTOS} 张，会在手机上压缩后上传）</Text>
      <View className='photo-grid'>
        {photos.map((p, i) => (
          <View key={p.fileID} className='photo-cell'>
            <Image className='photo-thumb' src={p.path} mode='aspectFill' />
            <Text className='t-small link btn-photo-remove' onClick={() => onChange(photos.filter((_, j) => j !== i))}>删除</Text>
          </View>
        ))}
      </View>
      {room > 0 ? (
        <Text className='t-body link block btn-choose-photos' onClick={busy ? undefined : choose}>{busy ? '正在上传…' : `拍照或选择照片（还可加 ${room} 张）`}</Text>
      ) : null}
      <ErrorLine error={error} />
    </View>
  )
}
