/** 心理周报与即时报告（页面只组合这里导出的组件） */
export { ReportPage } from './ReportPage'
export { HistoryPage } from './HistoryPage'
export { AlertCreatePage } from './AlertCreatePage'
export { BoardPage } from './BoardPage'
export { ReviewPage } from './ReviewPage'
export { AlertsPage } from './AlertsPage'
export { MissingPage } from './MissingPage'
export { SearchPage } from './SearchPage'
