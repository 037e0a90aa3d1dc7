/**
 * Taro 构建兼容层（由 build:weapp / build:h5 以 `node -r` 预加载）。
 *
 * @tarojs/helper 4.2.1 读取 app.config.ts / 页面 index.config.ts 时，用 @swc/core 加载一个
 * 为 swc 1.3.x 编译的 wasm 插件（swc_plugin_define_config）。本仓库把 @swc/core 锁定为 1.16.18
 * （npm 源里唯一带齐各平台二进制的版本），插件 ABI 不兼容，读取配置直接失败。
 * 该插件唯一的作用是让配置文件里的 defineAppConfig / definePageConfig 可用：
 * 这里把二者定义为全局恒等函数，并在调用 transformSync 时去掉该插件。
 */
const path = require('path')
const swc = require('@swc/core')

const PLUGIN = 'swc_plugin_define_config.wasm'
const identity = (config) => config
globalThis.defineAppConfig = globalThis.defineAppConfig || identity
globalThis.definePageConfig = globalThis.definePageConfig || identity

const original = swc.transformSync
swc.transformSync = function transformSync(src, options) {
  const plugins = options && options.jsc && options.jsc.experimental && options.jsc.experimental.plugins
  if (Array.isArray(plugins) && plugins.some((p) => Array.isArray(p) && path.basename(String(p[0])) === PLUGIN)) {
    const rest = plugins.filter((p) => !(Array.isArray(p) && path.basename(String(p[0])) === PLUGIN))
    options = { ...options, jsc: { ...options.jsc, experimental: { ...options.jsc.experimental, plugins: rest } } }
  }
  return original.call(this, src, options)
}
