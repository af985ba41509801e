import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ErrorLine } from '../../../components/state-views'
import { uploadProofPhoto } from '../../../services/upload'

/**
 * The receipt photo of a spending entry. It uploads as soon as it is chosen, to the member's own
 * folder (the only one ledger.record accepts), so submitting sends just the fileID.
 */
export function ReceiptPicker({ fileId, onChange }: { fileId: string | null; onChange: (fileId: string | null) => void }) {
  const [preview, setPreview] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)

  const choose = async () => {
    let path: string | undefined
    try {
      path = (await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] })).tempFilePaths[0]
    } catch {
      // The member closed the picker: nothing chosen.
    }
    if (!path) return
    setBusy(true)
    setError(null)
    const up = await uploadProofPhoto(path)
    setBusy(false)
    if (!up.ok) return setError(up.error)
    setPreview(path)
    onChange(up.data.fileID)
  }
  const remove = () => { setPreview(null); onChange(null) }

  return (
    <View className='receipt-picker'>
      <Text className='t-small muted block'>收据照片（可不传）</Text>
      {fileId && preview ? (
        <View className='row-between'>
          <Image className='receipt-thumb' nativeProps={{ alt: '收据照片' }} src={preview} mode='aspectFill' />
          <Text className='t-small link btn-receipt-remove' onClick={remove}>删除照片</Text>
        </View>
      ) : (
        <Text className='t-small link block btn-receipt-choose' onClick={busy ? undefined : choose}>{busy ? '正在上传…' : '拍照或选择收据照片'}</Text>
      )}
      <ErrorLine error={error} />
    </View>
  )
}
