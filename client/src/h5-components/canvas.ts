import type { Canvas as TaroCanvas } from '@tarojs/components'
import { defineCustomElement } from '@tarojs/components/dist/components/taro-canvas-core.js'
import { taroComponent } from './make'

export const Canvas = taroComponent<typeof TaroCanvas>('taro-canvas-core', defineCustomElement)
