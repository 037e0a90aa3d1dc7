/**
 * 页面清单：小程序（app.config.ts 构建时、页面标题、首页磁贴）与云函数（消息里的页面链接）共用的唯一来源。
 *
 * 新增页面：在对应角色的数组里追加一项 `{ path, title, tile? }`，并创建
 * `src/packages/<role>/<path>.tsx` 与 `<path>.config.ts`（`definePageConfig(pageConfig('<role>', '<name>'))`，
 * 标题取自这里）。带 `tile` 的页面会出现在该角色首页。
 * 页面地址一律用 pageUrl(role, name, params) 生成：name 写错、角色没有这个页面，都是类型错误。
 * 本文件只放数据与纯函数，不引用任何运行时模块（构建时会在 node 中读取，云函数也会打包它）。
 */
import type { Role } from './domain'

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
export const MAIN_PAGES: string[] = ['pages/launch/index', 'pages/bind/index', 'pages/home/index', 'pages/messages/index']

/** 仅 H5 本地模式：开发登录（小程序构建不包含） */
export const DEV_PAGES: string[] = ['pages/dev-login/index']

/** 委员与观察员共有的页面（历史、即时报告、朋辈谈心）；晚点名只属于委员，插在历史与朋辈之间以保持首页磁贴顺序 */
const reporterPages = <const E extends readonly PageEntry[]>(extra: E) =>
  [
    { path: 'pages/history/index', title: '历史周报', tile: { icon: '史', desc: '各周报送状态与退回意见' } },
    { path: 'pages/alert/index', title: '即时报告' },
    ...extra,
    { path: 'pages/peer-talks/index', title: '朋辈谈心', tile: { icon: '朋', desc: '记录谈心并查看确认状态' } },
    { path: 'pages/peer-new/index', title: '记录朋辈谈心' },
    { path: 'pages/trainings/index', title: '我的培训', tile: { icon: '训', desc: '培训签到与培训经历' } },
  ] as const

/** 班级心理委员 */
export const COMMITTEE_PAGES = [
  { path: 'pages/index/index', title: '班级工作台', tile: { icon: '班', desc: '我的班级与任期' } },
  { path: 'pages/report/index', title: '班级心理周报', tile: { icon: '报', desc: '填报本周周报，无情况一键零报告' } },
  ...reporterPages([{ path: 'pages/rollcall/index', title: '晚点名', tile: { icon: '点', desc: '记录本班周末晚点名' } }]),
] as const satisfies readonly PageEntry[]

/** 宿舍心理观察员 */
export const OBSERVER_PAGES = [
  { path: 'pages/index/index', title: '宿舍工作台', tile: { icon: '舍', desc: '我的宿舍与任期' } },
  { path: 'pages/report/index', title: '宿舍心理周报', tile: { icon: '报', desc: '填报本周周报，无情况一键零报告' } },
  ...reporterPages([]),
] as const satisfies readonly PageEntry[]

/** 辅导员与站长共有的详情页（都从列表或链接进入，不上首页） */
const STAFF_DETAIL_PAGES = [
  { path: 'pages/report/index', title: '周报详情' },
  { path: 'pages/rollcall-form/index', title: '晚点名记录' },
  { path: 'pages/talk-detail/index', title: '谈话详情' },
  { path: 'pages/keycare-detail/index', title: '重点关注详情' },
  { path: 'pages/keycare-new/index', title: '加入重点关注' },
  { path: 'pages/student/index', title: '学生详情' },
  { path: 'pages/training/index', title: '培训详情' },
  { path: 'pages/training-new/index', title: '新建培训' },
] as const satisfies readonly PageEntry[]

/** 辅导员 */
export const COUNSELOR_PAGES = [
  { path: 'pages/index/index', title: '辅导员工作台', tile: { icon: '导', desc: '负责的班级与宿舍' } },
  { path: 'pages/board/index', title: '周报看板', tile: { icon: '报', desc: '各班级、宿舍本周报送与审阅' } },
  { path: 'pages/reports/index', title: '周报查询', tile: { icon: '查', desc: '按周次、等级、类别查找关注学生' } },
  { path: 'pages/alerts/index', title: '即时报告', tile: { icon: '急', desc: '危机告警，限时确认' } },
  { path: 'pages/missing/index', title: '未报提醒', tile: { icon: '催', desc: '一键提醒未交周报的同学' } },
  { path: 'pages/org/index', title: '学生名册', tile: { icon: '册', desc: '负责的班级、宿舍与学生' } },
  { path: 'pages/invites/index', title: '邀请码', tile: { icon: '码', desc: '签发心理委员、观察员邀请码' } },
  { path: 'pages/week/index', title: '本周', tile: { icon: '周', desc: '待确认、约谈任务与逾期跟进' } },
  { path: 'pages/rollcall/index', title: '晚点名', tile: { icon: '点', desc: '各班晚点名，一键确认' } },
  { path: 'pages/talks/index', title: '谈心谈话', tile: { icon: '谈', desc: '谈话记录' } },
  { path: 'pages/keycare/index', title: '重点关注', tile: { icon: '关', desc: '重点关注学生库' } },
  { path: 'pages/peer-review/index', title: '朋辈谈心', tile: { icon: '朋', desc: '确认学生骨干的谈心记录' } },
  { path: 'pages/screening/index', title: '普测参测', tile: { icon: '测', desc: '未参测学生：登记原因或补测' } },
  { path: 'pages/talk-new/index', title: '记录谈话' },
  { path: 'pages/trainings/index', title: '培训', tile: { icon: '训', desc: '为负责的学生骨干组织培训与签到' } },
  { path: 'pages/visits/index', title: '深入宿舍', tile: { icon: '访', desc: '记录走访，本月走访覆盖' } },
  { path: 'pages/activities/index', title: '宣教活动', tile: { icon: '宣', desc: '计划、开展（照片、签到表）与总结' } },
  { path: 'pages/case-reviews/index', title: '研判会', tile: { icon: '判', desc: '重点关注学生的研判与结论' } },
  ...STAFF_DETAIL_PAGES,
] as const satisfies readonly PageEntry[]

/** 站长 */
export const HEAD_PAGES = [
  { path: 'pages/index/index', title: '辅导站工作台', tile: { icon: '站', desc: '本站概况' } },
  { path: 'pages/board/index', title: '周报看板', tile: { icon: '报', desc: '全站各班级、宿舍本周报送' } },
  { path: 'pages/reports/index', title: '周报查询', tile: { icon: '查', desc: '按周次、等级、类别查找关注学生' } },
  { path: 'pages/alerts/index', title: '即时报告', tile: { icon: '急', desc: '全站告警与超时升级' } },
  { path: 'pages/missing/index', title: '未报提醒', tile: { icon: '催', desc: '一键提醒未交周报的同学' } },
  { path: 'pages/org/index', title: '组织管理', tile: { icon: '组', desc: '班级、宿舍与学生' } },
  { path: 'pages/people/index', title: '人员与角色', tile: { icon: '人', desc: '任职、任期与换岗交接' } },
  { path: 'pages/invites/index', title: '邀请码', tile: { icon: '码', desc: '签发、查看、撤销' } },
  { path: 'pages/roster/index', title: '名册导入', tile: { icon: '册', desc: 'CSV / Excel 导入学生名册' } },
  { path: 'pages/term/index', title: '学期设置', tile: { icon: '历', desc: '校历、假期周与截止时间' } },
  { path: 'pages/audit/index', title: '审计日志', tile: { icon: '志', desc: '谁在何时查看了什么' } },
  { path: 'pages/approvals/index', title: '审批', tile: { icon: '批', desc: '危机等级与解除关注' } },
  { path: 'pages/keycare/index', title: '重点关注总览', tile: { icon: '关', desc: '全站重点关注学生库' } },
  { path: 'pages/rollcall/index', title: '晚点名', tile: { icon: '点', desc: '全站各班晚点名' } },
  { path: 'pages/talks/index', title: '谈心谈话', tile: { icon: '谈', desc: '全站谈话记录' } },
  { path: 'pages/monthly/index', title: '月报', tile: { icon: '月', desc: '审阅、编辑、提交月报' } },
  { path: 'pages/trainings/index', title: '培训', tile: { icon: '训', desc: '培训签到与覆盖矩阵' } },
  { path: 'pages/visits/index', title: '深入宿舍', tile: { icon: '访', desc: '各辅导员本月走访覆盖' } },
  { path: 'pages/activities/index', title: '宣教活动', tile: { icon: '宣', desc: '本学期活动与主题活动提醒' } },
  { path: 'pages/case-reviews/index', title: '研判会', tile: { icon: '判', desc: '研判记录与结论' } },
  { path: 'pages/screening/index', title: '普测参测', tile: { icon: '测', desc: '导入参测名单，各班参测率' } },
  { path: 'pages/staff/index', title: '人员登记', tile: { icon: '登', desc: '站内人员、培训学时与站长登记表' } },
  { path: 'pages/plan/index', title: '工作计划', tile: { icon: '计', desc: '学年计划条目与完成记录' } },
  { path: 'pages/summary/index', title: '工作总结', tile: { icon: '结', desc: '学年末由记录起草并提交' } },
  { path: 'pages/binder/index', title: '考核手册', tile: { icon: '考', desc: '由记录评分、缺失材料、自评与提交' } },
  ...STAFF_DETAIL_PAGES,
] as const satisfies readonly PageEntry[]

/** 校心理中心 */
export const CENTER_PAGES = [
  { path: 'pages/index/index', title: '中心工作台', tile: { icon: '心', desc: '各站概况' } },
  { path: 'pages/referrals/index', title: '转介个案', tile: { icon: '转', desc: '转介到中心的个案与反馈' } },
  { path: 'pages/referral-detail/index', title: '转介个案详情' },
  { path: 'pages/monthly/index', title: '月报总览', tile: { icon: '月', desc: '各站状态与全校汇总' } },
  { path: 'pages/monthly-report/index', title: '辅导站月报' },
  { path: 'pages/ledger/index', title: '各站台账', tile: { icon: '账', desc: '培训、活动、研判、走访的数量' } },
  { path: 'pages/station-year/index', title: '各站计划与总结', tile: { icon: '年', desc: '学年工作计划、工作总结与站长登记表' } },
  { path: 'pages/station-plan/index', title: '辅导站工作计划' },
  { path: 'pages/station-summary/index', title: '辅导站工作总结' },
  { path: 'pages/binders/index', title: '考核比较', tile: { icon: '考', desc: '各站自评、评分、等级与名次' } },
  { path: 'pages/binder-review/index', title: '考核评分' },
] as const satisfies readonly PageEntry[]

/** 每个角色一个分包：root = packages/<role> */
const PAGE_TABLE = {
  committee: COMMITTEE_PAGES,
  observer: OBSERVER_PAGES,
  counselor: COUNSELOR_PAGES,
  head: HEAD_PAGES,
  center: CENTER_PAGES,
} as const satisfies Record<Role, readonly PageEntry[]>

export const SUBPACKAGE_PAGES: Record<Role, readonly PageEntry[]> = PAGE_TABLE

/** 角色 R 的页面名：'pages/board/index' → 'board' */
export type PageName<R extends Role> = (typeof PAGE_TABLE)[R][number]['path'] extends infer P
  ? P extends `pages/${infer N}/index` ? N : never
  : never

/** 页面参数：undefined / null 的项省略，其余按 encodeURIComponent 编码（接收方按需 decodeURIComponent） */
export type PageParams = Record<string, string | number | boolean | null | undefined>

/** 查询串（含开头的 ?；没有参数时为空串） */
export function queryString(params: PageParams = {}): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

/**
 * 角色分包内页面的地址：pageUrl('counselor', 'talk-new', { studentId })
 * → '/packages/counselor/pages/talk-new/index?studentId=…'。小程序跳转与云函数的消息链接都用它。
 */
export function pageUrl<R extends Role>(role: R, page: PageName<R>, params?: PageParams): string {
  return `/${subpackageRoot(role)}/pages/${page}/index${queryString(params)}`
}

/** 分包页面的标题（导航栏与磁贴的唯一来源） */
export function titleOf<R extends Role>(role: R, page: PageName<R>): string {
  const entry = SUBPACKAGE_PAGES[role].find((p) => p.path === `pages/${page}/index`)
  if (!entry) throw new Error(`未注册的页面：${role}/${page}`)
  return entry.title
}

/** 页面配置（各页面的 index.config.ts 用它，标题不再重写一遍）：definePageConfig(pageConfig('head', 'board')) */
export function pageConfig<R extends Role, E extends object = object>(role: R, page: PageName<R>, extra?: E): { navigationBarTitleText: string } & E {
  return { navigationBarTitleText: titleOf(role, page), ...(extra as E) }
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

/** 主包页面的标题（分包页面的标题在各角色数组里） */
export const MAIN_PAGE_TITLES: Record<string, string> = {
  'pages/launch/index': '心桥',
  'pages/bind/index': '绑定身份',
  'pages/home/index': '心桥',
  'pages/messages/index': '消息',
  'pages/dev-login/index': '选择演示身份',
}

/** 不给返回的页面：启动、绑定、首页与开发登录（其余页面在 H5 页头都有返回） */
export const ROOT_PAGES = ['pages/launch/index', 'pages/bind/index', 'pages/home/index', 'pages/dev-login/index']

const pathOf = (url: string) => url.replace(/^\//, '').split('?')[0]

/** url 对应页面的标题（导航栏与 H5 页头共用）；未注册为 null */
export function pageTitle(url: string): string | null {
  const path = pathOf(url)
  if (path in MAIN_PAGE_TITLES) return MAIN_PAGE_TITLES[path]
  const m = /^packages\/([a-z]+)\/(.+)$/.exec(path)
  if (!m) return null
  const pages = (SUBPACKAGE_PAGES as Partial<Record<string, readonly PageEntry[]>>)[m[1]]
  return pages?.find((p) => p.path === m[2])?.title ?? null
}

/** 该页面是否没有“返回”（启动、绑定、首页） */
export function isRootPage(url: string): boolean {
  return ROOT_PAGES.includes(pathOf(url))
}

/** url 对应的页面是否已注册（未注册的页面不能跳转） */
export function isRegisteredPage(url: string): boolean {
  const path = url.replace(/^\//, '').split('?')[0]
  if (MAIN_PAGES.includes(path) || DEV_PAGES.includes(path)) return true
  const m = /^packages\/([a-z]+)\/(.+)$/.exec(path)
  if (!m) return false
  const pages = (SUBPACKAGE_PAGES as Partial<Record<string, readonly PageEntry[]>>)[m[1]]
  return !!pages?.some((p) => p.path === m[2])
}
