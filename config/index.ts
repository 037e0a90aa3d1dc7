import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * 客户端可见的环境变量：只放行 TARO_APP_*（构建时内联）。
 * Taro 本身只读取 .env* 文件；这里再把构建命令行环境中的 TARO_APP_* 一并放行，
 * 以便 `TARO_APP_CLOUD_ENV=xxx npm run build:weapp` 生效（同名时 .env 文件优先）。
 */
const CLIENT_KEYS = ['TARO_APP_CLOUD_ENV', 'TARO_APP_TEMPLATE_REMINDER', 'TARO_APP_TEMPLATE_ALERT']

function clientEnv(): Record<string, string> {
  // 已知键总是定义（默认空串）：否则代码里残留的 process.env.X 在小程序中会因没有 process 而报错
  const out: Record<string, string> = Object.fromEntries(CLIENT_KEYS.map((k) => [k, '""']))
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('TARO_APP_') && value !== undefined) out[key] = JSON.stringify(value)
  }
  return out
}

const platform = process.env.TARO_ENV ?? 'weapp'

/**
 * 小程序构建时检查一次配置：缺模板 id 时订阅按钮不会出现、提醒只进站内消息；缺 AppID 时无法上传。
 * 只提示，不让构建失败（本地与 CI 的构建没有这些 id）。
 */
function warnWeappConfig(): void {
  const missing = [
    ['TARO_APP_TEMPLATE_ALERT', '即时报告订阅模板 id：辅导员、站长无法订阅即时报告提醒'],
    ['TARO_APP_TEMPLATE_REMINDER', '周报提醒订阅模板 id：无法订阅截止提醒'],
    ['TARO_APP_ID', '小程序 AppID：dist/weapp 只能用 touristappid 预览'],
  ].filter(([key]) => !(process.env[key] ?? '').trim())
  if (missing.length === 0) return
  console.warn(`\n[xinqiao] 微信配置不完整（在 .env 或命令行里设置）：\n${missing.map(([k, why]) => `  ${k} 未设置 —— ${why}`).join('\n')}\n`)
}
if (platform === 'weapp' && process.env.NODE_ENV !== 'test') warnWeappConfig()
/** src 之外也要编译的共享代码：契约（types/）与纯规则（domain/） */
const sharedDirs = [path.resolve(__dirname, '..', 'types'), path.resolve(__dirname, '..', 'domain')]
/**
 * 小程序端还要按 browserslist 转译的依赖：zod 发布的是 ES2020（?.、??、class 字段）。
 * project.config.json 设 es6: false，微信上传时不再转译，iOS 13.4 以下解析不了这些语法，
 * 分包页面就打不开；`npm run size` 用 acorn 按 ES2017 解析每个产物 .js 把关。
 */
const miniCompileInclude = [...sharedDirs, (file: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(file)]

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xinqiao',
    date: '2026-11-21',
    // 设计稿按 375 宽（CSS px 即 iPhone 逻辑像素），小程序端换算为 rpx，H5 端换算为 rem
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    // 小程序产物的 project.config.json 路径按 dist/weapp 重算（见插件注释）
    plugins: platform === 'weapp' ? [path.resolve(__dirname, 'weapp-project-config.cjs')] : [],
    env: clientEnv(),
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: process.env.TARO_CACHE === '1' },
    // 小程序模板递归层数：超过后由原生自定义组件接力渲染。页面实际深度约 8–12 层；
    // 从默认 16 降到 10 让 base.wxml 小约三分之一，setData 路径也更短（见 docs/performance.md）
    baseLevel: 10,
    mini: {
      compile: { include: miniCompileInclude },
      postcss: {
        pxtransform: { enable: true, config: {} },
        // 样式前缀只为微信真正运行的内核加：iOS 的 WKWebView（iOS 10 起）与安卓的 XWeb（Chromium 内核）。
        // package.json 的 browserslist（含 IE 与旧安卓浏览器）只管 JS 转译；按它加前缀会给每条 flex 规则带上 -ms- 与旧 -webkit- 写法
        autoprefixer: { enable: true, config: { overrideBrowserslist: ['iOS >= 10', 'Chrome >= 53'] } },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // hash 路由：模拟器的静态服务只需提供 index.html，刷新任意页面都不会 404
      router: { mode: 'hash' },
      compile: { include: sharedDirs },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
