import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper'

/** What Taro's lib/react/components.js does for each component, for one component. */
export const taroComponent = <T>(tag: string, define: () => void): T =>
  createReactComponent(tag, undefined, manipulatePropsFunction, define) as unknown as T
