/**
 * 云存储上传的入口。构建时 Taro 按平台后缀解析 `./storage`：小程序取 storage.weapp.ts，H5 取 storage.h5.ts；
 * 本文件只供类型检查与单元测试解析使用（两个平台文件都以 `uploadFile: Uploader` 声明）。
 */
export { uploadFile } from './storage.h5'
