// Opening a file the server exported (a temporary link): the mini-program downloads it and hands
// it to WeChat's document viewer; H5 opens the link in a new tab.
import Taro from '@tarojs/taro'
import { isH5 } from './cloud'

/** Answers whether the file was opened (H5: whether the browser allowed the new tab). */
export async function openWorkbook(url: string): Promise<boolean> {
  if (isH5()) {
    return !!window.open(url, '_blank')
  }
  const file = await Taro.downloadFile({ url })
  if (file.statusCode !== 200) throw new Error(`download ${file.statusCode}`)
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true })
  return true
}
