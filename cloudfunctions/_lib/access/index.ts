/**
 * 访问控制：唯一声明各角色范围的模块（cloudfunctions/_lib/access）。每个云函数的每个动作在读写前都经过这里。
 * 越权与不存在的答复完全相同（NOT_FOUND）。
 * - scope.ts：调用者、范围、按范围读取与筛选；
 * - cases.ts：转介到校心理中心的个案与谈话记录；
 * - ledger.ts：工作台账的管理与可见范围。
 */
export * from './scope'
export * from './cases'
export * from './ledger'
