/** 任职的简称与页头副标题：校心理中心只写一次 */
import { assignmentLabel, roleStationText } from '../../src/features/shell/format'

test('校心理中心的任职不写成“校心理中心 · 校心理中心”', () => {
  expect(roleStationText({ role: 'center', stationName: '' })).toBe('校心理中心')
  expect(assignmentLabel({ role: 'center', stationName: '', scopeLabel: '校心理中心' })).toBe('校心理中心')
  expect(roleStationText({ role: 'counselor', stationName: '机电工程学院' })).toBe('辅导员 · 机电工程学院')
  expect(assignmentLabel({ role: 'head', stationName: '机电工程学院', scopeLabel: '机电工程学院' })).toBe('站长 · 机电工程学院')
})
