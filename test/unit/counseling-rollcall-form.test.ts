import { initialState, toPayload, validate } from '../../src/features/counseling/rollcallForm'
import type { RollCallGetResult } from '../../types/api/counseling'

const data: RollCallGetResult = {
  week: 6, weekStart: '2026-10-12', classId: 'c1', className: '机电2301班', rosterCount: 30,
  roster: [{ studentId: 's1', name: '张三', studentNo: '1' }], record: null,
}

describe('晚点名表单（客户端）', () => {
  test('新记录：日期取该周周日与今天中较早者，应到 = 名册人数', () => {
    expect(initialState(data, '2026-10-21')).toMatchObject({ date: '2026-10-18', time: '21:00', expected: '30', present: '30' })
    expect(initialState(data, '2026-10-15').date).toBe('2026-10-15')
  })
  test('人数不一致、“其他”缺说明时本地就提示', () => {
    const s = { ...initialState(data, '2026-10-21'), present: '30', absences: [{ studentId: 's1', name: '张三', reason: 'other' as const, note: '' }] }
    expect(validate(s)).toEqual({ present: '实到 30 + 缺勤 1 ≠ 应到 30', 'absences.0.note': '原因为“其他”时须填写说明' })
  })
  test('点名时间按北京时间换算为 UTC 时刻', () => {
    const p = toPayload('c1', 6, { ...initialState(data, '2026-10-21'), present: '30' }, false)
    expect(p.heldAt).toBe('2026-10-18T13:00:00.000Z')
    expect(p).not.toHaveProperty('correction')
  })
})
