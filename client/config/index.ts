import path from 'path'
import webpack from 'webpack'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const isH5 = process.env.TARO_ENV === 'h5'
// @chengxin/shared is an npm-workspace symlink to ../shared (TypeScript source). Alias it to
// the real folder and compile it like our own code, so both weapp and H5 bundles can import
// the zod-free runtime files (api/routes, api/errors).
const sharedRoot = path.resolve(__dirname, '../../shared')
const srcRoot = path.resolve(__dirname, '../src')
// H5: our imports of '@tarojs/components' get one module per component (src/h5-components), so
// 首页's code does not carry the Picker, Textarea and Canvas other pages use (issue 13).
const h5Components = path.join(srcRoot, 'h5-components/index.ts')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'chengxin',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    defineConstants: {
      __CHENGXIN_H5__: JSON.stringify(isH5),
      // WeChat Cloud Development environment id; override with CLOUD_ENV at build time.
      __CHENGXIN_CLOUD_ENV__: JSON.stringify(process.env.CLOUD_ENV || 'chengxin-dev'),
    },
    alias: { '@chengxin/shared': sharedRoot },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedRoot] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedRoot] },
      webpackChain(chain) {
        chain.plugin('h5-components').use(webpack.NormalModuleReplacementPlugin, [/^@tarojs\/components$/, (r: { context: string; request: string }) => {
          if (r.context.startsWith(srcRoot) && !r.context.startsWith(path.dirname(h5Components))) r.request = h5Components
        }])
      },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
