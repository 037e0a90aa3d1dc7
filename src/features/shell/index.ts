/**
 * 应用外壳：角色首页、功能磁贴、页面跳转（主包）。
 * 分包工作台见 ./workbench（单独导入，避免把日期库带进主包）。
 */
export { RoleHome } from './RoleHome'
export type { RoleHomeProps } from './RoleHome'
export { TileGrid } from './TileGrid'
export { ScopeCard, KeyValue } from './ScopeCard'
export { openPage, replacePage, restartAt, goBack, relaunch, goHome, scrollToTop } from '../../shared/navigation'
export { tilesFor, alertShortcut, MESSAGES_URL } from './roleNav'
export type { Tile } from './roleNav'
export { assignmentLabel } from './format'
