/**
 * 单元测试里的 @tarojs/taro：H5 端 API（@tarojs/taro-h5）+ React 运行时钩子（useLoad 等）。
 * createH5NativeComponentConfig 必须调用一次，否则钩子报 “useContext is not a function”。
 */
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as h5 from '@tarojs/taro-h5'
import * as runtime from '@tarojs/plugin-framework-react/dist/runtime'

runtime.createH5NativeComponentConfig(null, React, ReactDOM)

// 构建时 Taro 把 Taro.xxx 改写成具名导入，所以默认导出里没有大部分 API：这里把两者合并
const { default: h5Default, ...h5Named } = h5 as Record<string, unknown> & { default?: object }
const Taro = { ...(h5Default ?? {}), ...h5Named, ...runtime } as Record<string, unknown>

export default Taro
export * from '@tarojs/plugin-framework-react/dist/runtime'
export const {
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  showToast,
  showModal,
  navigateTo,
  redirectTo,
  reLaunch,
  navigateBack,
  getCurrentInstance,
  getCurrentPages,
  stopPullDownRefresh,
  pageScrollTo,
} = Taro as Record<string, any>
