/** 首页工作台（主包）：各角色现在要做的事，带计数、倒计时，点一下直达 */
export { Workbench } from './Workbench'
export type { WorkbenchProps } from './Workbench'
export { countdownText, badgeText } from './time'
