/** 月报动态信息：站长月报页、中心总览与单站月报 */
export { MonthlyHead } from './MonthlyHead'
export { MonthlyOverview, MonthlyCenterReport, CENTER_REPORT_PAGE } from './MonthlyCenter'
