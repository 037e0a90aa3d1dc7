/**
 * 云函数传输层的入口。构建时 Taro 按平台后缀解析 `./cloud`：
 * 小程序取 cloud.weapp.ts，H5 取 cloud.h5.ts；本文件只供类型检查与单元测试解析使用
 * （两个平台文件都以 `transport: Transport` 声明，签名由类型检查保证一致）。
 * 测试只 mock 这个模块（应用边界），不 mock CloudBase SDK。
 */
export { transport } from './cloud.h5'
