/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** 构建平台（构建时内联） */
    TARO_ENV?: 'weapp' | 'h5'
    /** 小程序 AppID：构建时写入 dist/weapp/project.config.json（默认 touristappid） */
    TARO_APP_ID?: string
    /** CloudBase 环境 id（小程序端 Taro.cloud.init 使用；空则用 DevTools 中选择的默认环境） */
    TARO_APP_CLOUD_ENV?: string
    /** 订阅消息模板 id：周报提醒 */
    TARO_APP_TEMPLATE_REMINDER?: string
    /** 订阅消息模板 id：即时报告告警 */
    TARO_APP_TEMPLATE_ALERT?: string
  }
}
