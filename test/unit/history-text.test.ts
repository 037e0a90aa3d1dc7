/** 重点关注变更历史的中文：审批只说申请了什么，不把等级和审批种类连成“A → B” */
import { historyText } from '../../src/features/counseling/historyText'

test('提交审批写“提交审批：等级变更”，不是“重点关注 → 等级变更”', () => {
  expect(historyText({ change: 'approval_requested', from: 'key', to: 'level' })).toBe('提交审批：等级变更')
  expect(historyText({ change: 'approval_requested', to: 'enter_crisis' })).toBe('提交审批：以危机等级入库')
  expect(historyText({ change: 'approval_rejected', to: 'close' })).toBe('审批未通过：解除关注')
})

test('等级、跟进日期与转介', () => {
  expect(historyText({ change: 'level', from: 'key', to: 'crisis' })).toBe('等级：重点关注 → 危机')
  expect(historyText({ change: 'enter', to: 'key' })).toBe('加入库：重点关注')
  expect(historyText({ change: 'follow_up', from: '2026-10-28', to: '2026-11-04' })).toBe('下次跟进：10月28日 → 11月4日')
  expect(historyText({ change: 'refer', from: 'active', to: 'center' })).toBe('转介至校心理中心')
})
