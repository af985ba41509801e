import { useMemo } from 'react'
import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'

/**
 * A QR code drawn on the phone, so the check-in code shows even without a network. A GIF
 * data URL: the mini-program's <image> shows base64 images, and no canvas is needed.
 */
export function QrCode({ text, className }: { text: string; className?: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M') // smallest version that fits; M survives a scratched screen
    qr.addData(text)
    qr.make()
    return qr.createDataURL(10, 4)
  }, [text])
  // scaleToFill (the default): the box is square like the code; Taro H5 offsets aspectFit images.
  return <Image className={className} src={src} mode='scaleToFill' data-text={text} nativeProps={{ alt: '预约二维码' }} />
}
