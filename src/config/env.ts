/**
 * 客户端配置：唯一读取 process.env 的客户端模块。
 * 构建时 TARO_APP_* 被内联为字面量（见 config/index.ts）；未设置时取空串。
 */
export interface ClientEnv {
  /** 构建平台 */
  platform: 'weapp' | 'h5'
  /** CloudBase 环境 id；空串表示使用 DevTools/小程序后台的默认环境 */
  cloudEnv: string
  /** 订阅消息模板 id */
  templates: { reminder: string; alert: string }
}

export const ENV: ClientEnv = Object.freeze({
  platform: process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5',
  cloudEnv: process.env.TARO_APP_CLOUD_ENV ?? '',
  templates: Object.freeze({
    reminder: process.env.TARO_APP_TEMPLATE_REMINDER ?? '',
    alert: process.env.TARO_APP_TEMPLATE_ALERT ?? '',
  }),
})
