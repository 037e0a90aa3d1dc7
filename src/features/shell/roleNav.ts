/** 角色首页的功能磁贴与快捷入口（数据来自 src/routes.ts） */
import type { Role } from '../../../types/domain'
import { SHORTCUTS, SUBPACKAGE_PAGES, rolePageUrl } from '../../routes'

export interface Tile {
  key: string
  title: string
  desc: string
  icon: string
  url: string
}

/** 某角色首页的功能磁贴（按 routes 中的顺序） */
export function tilesFor(role: Role): Tile[] {
  return SUBPACKAGE_PAGES[role]
    .filter((p) => p.tile)
    .map((p) => ({ key: p.path, title: p.title, desc: p.tile!.desc, icon: p.tile!.icon, url: rolePageUrl(role, p.path) }))
}

/** 即时报告入口：仅班级心理委员与宿舍心理观察员 */
export function alertShortcut(role: Role): string | null {
  return role === 'committee' || role === 'observer' ? rolePageUrl(role, SHORTCUTS.alert) : null
}

/** 消息入口（所有角色） */
export const MESSAGES_URL: string = SHORTCUTS.messages
