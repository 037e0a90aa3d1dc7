/**
 * 页面清单：app.config.ts（构建时）与首页磁贴（运行时）共用的唯一来源。
 *
 * 新增页面：在对应角色的数组里追加一项 `{ path, title, tile? }`，并创建
 * `src/packages/<role>/<path>.tsx` 与 `<path>.config.ts`。带 `tile` 的页面会出现在该角色首页。
 * 本文件只放数据，不引用任何运行时模块（构建时会在 node 中读取）。
 */
import type { Role } from '../types/domain'

export interface PageEntry {
  /** 分包内路径，如 'pages/weekly/index' */
  path: string
  /** 页面标题（导航栏与磁贴） */
  title: string
  /** 出现在角色首页的功能磁贴 */
  tile?: {
    /** 一两个汉字的图标文字 */
    icon: string
    /** 磁贴副标题 */
    desc: string
  }
}

/** 主包：启动、绑定、角色首页，以及所有角色共用的消息页（只放启动必需与共用的页面） */
export const MAIN_PAGES = ['pages/launch/index', 'pages/bind/index', 'pages/home/index', 'pages/messages/index']

/** 仅 H5 本地模式：开发登录（小程序构建不包含） */
export const DEV_PAGES = ['pages/dev-login/index']

/** 班级心理委员 */
export const COMMITTEE_PAGES: PageEntry[] = [
  { path: 'pages/index/index', title: '班级工作台', tile: { icon: '班', desc: '我的班级与任期' } },
]

/** 宿舍心理观察员 */
export const OBSERVER_PAGES: PageEntry[] = [
  { path: 'pages/index/index', title: '宿舍工作台', tile: { icon: '舍', desc: '我的宿舍与任期' } },
]

/** 辅导员 */
export const COUNSELOR_PAGES: PageEntry[] = [
  { path: 'pages/index/index', title: '辅导员工作台', tile: { icon: '导', desc: '负责的班级与宿舍' } },
]

/** 站长 */
export const HEAD_PAGES: PageEntry[] = [
  { path: 'pages/index/index', title: '辅导站工作台', tile: { icon: '站', desc: '本站概况' } },
]

/** 校心理中心 */
export const CENTER_PAGES: PageEntry[] = [
  { path: 'pages/index/index', title: '中心工作台', tile: { icon: '心', desc: '各站概况' } },
]

/** 每个角色一个分包：root = packages/<role> */
export const SUBPACKAGE_PAGES: Record<Role, PageEntry[]> = {
  committee: COMMITTEE_PAGES,
  observer: OBSERVER_PAGES,
  counselor: COUNSELOR_PAGES,
  head: HEAD_PAGES,
  center: CENTER_PAGES,
}

/** 分包根目录 */
export const subpackageRoot = (role: Role): string => `packages/${role}`

/** 页面的绝对 url，如 /packages/head/pages/index/index */
export const rolePageUrl = (role: Role, path: string): string => `/${subpackageRoot(role)}/${path}`

/** 约定的快捷入口目标（页面由对应功能补上；未注册前入口显示“即将开放”） */
export const SHORTCUTS = {
  /** 即时报告：委员/观察员分包内 */
  alert: 'pages/alert/index',
  /** 消息：所有角色共用，位于主包 */
  messages: '/pages/messages/index',
} as const

/** url 对应的页面是否已注册（未注册的页面不能跳转） */
export function isRegisteredPage(url: string): boolean {
  const path = url.replace(/^\//, '').split('?')[0]
  if (MAIN_PAGES.includes(path) || DEV_PAGES.includes(path)) return true
  const m = /^packages\/([a-z]+)\/(.+)$/.exec(path)
  if (!m) return false
  const pages = (SUBPACKAGE_PAGES as Record<string, PageEntry[] | undefined>)[m[1]]
  return !!pages?.some((p) => p.path === m[2])
}
