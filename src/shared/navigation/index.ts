/**
 * 页面跳转（openPage 等）与页面地址（pageUrl）：各功能共用。
 * 地址一律由 pageUrl(role, page, params) 生成，不在代码里手写 '/packages/…'。
 */
export { openPage, replacePage, restartAt, goBack, relaunch, goHome, scrollToTop } from './navigate'
export { pageUrl, titleOf, queryString, type PageName, type PageParams } from '../../routes'
