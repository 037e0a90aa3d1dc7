/**
 * 分包工作台（只由分包页面导入，不进主包：任期显示依赖日期库）。
 * import { RoleWorkbench } from '@/features/shell/workbench'
 */
export { RoleWorkbench } from './RoleWorkbench'
export { AssignmentCard } from './AssignmentCard'
export { termText } from './term'
