/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

/** true in the H5 build (set by config/index.ts defineConstants). */
declare const __CHENGXIN_H5__: boolean
/** WeChat Cloud Development environment id for the weapp build. */
declare const __CHENGXIN_CLOUD_ENV__: string

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'quickapp' | 'qq' | 'jd'
  }
}
