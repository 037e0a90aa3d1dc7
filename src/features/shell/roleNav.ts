/** 角色首页的功能磁贴与快捷入口（数据来自 src/routes.ts） */
import type { Role } from '../../../types/domain'
import type { IconName } from '../../components/Icon/icons'
import { SHORTCUTS, SUBPACKAGE_PAGES, rolePageUrl } from '../../routes'

export interface Tile {
  key: string
  title: string
  desc: string
  /** 心桥图标集中的图标（见 components/Icon/icons.ts） */
  icon: IconName
  url: string
}

/** 页面 → 图标（按分包内路径；同一路径在各角色含义相同） */
const TILE_ICONS: Record<string, IconName> = {
  'pages/index/index': 'grid',
  'pages/report/index': 'report',
  'pages/history/index': 'clock',
  'pages/rollcall/index': 'checklist',
  'pages/peer-talks/index': 'peer',
  'pages/board/index': 'report',
  'pages/reports/index': 'search',
  'pages/alerts/index': 'alert',
  'pages/missing/index': 'megaphone',
  'pages/org/index': 'users',
  'pages/invites/index': 'key',
  'pages/week/index': 'calendar',
  'pages/talks/index': 'talk',
  'pages/keycare/index': 'heart',
  'pages/peer-review/index': 'peer',
  'pages/people/index': 'idcard',
  'pages/roster/index': 'upload',
  'pages/term/index': 'calendar',
  'pages/audit/index': 'eye',
  'pages/approvals/index': 'approve',
  'pages/monthly/index': 'chart',
  'pages/referrals/index': 'share',
}

/** 某角色首页的功能磁贴（按 routes 中的顺序） */
export function tilesFor(role: Role): Tile[] {
  return SUBPACKAGE_PAGES[role]
    .filter((p) => p.tile)
    .map((p) => ({ key: p.path, title: p.title, desc: p.tile!.desc, icon: TILE_ICONS[p.path] ?? 'grid', url: rolePageUrl(role, p.path) }))
}

/** 即时报告入口：仅班级心理委员与宿舍心理观察员 */
export function alertShortcut(role: Role): string | null {
  return role === 'committee' || role === 'observer' ? rolePageUrl(role, SHORTCUTS.alert) : null
}

/** 消息入口（所有角色） */
export const MESSAGES_URL: string = SHORTCUTS.messages
