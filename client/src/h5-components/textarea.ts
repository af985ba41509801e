import type { Textarea as TaroTextarea } from '@tarojs/components'
import { defineCustomElement } from '@tarojs/components/dist/components/taro-textarea-core.js'
import { taroComponent } from './make'

export const Textarea = taroComponent<typeof TaroTextarea>('taro-textarea-core', defineCustomElement)
