import { applyCaseEdits, draftMonthCases, mergeCases } from '../../domain/monthly'
import type { CaseRow } from '../../types/models-reports'
import { sampleMonth } from './monthly-sample'

const drafted = draftMonthCases(sampleMonth())
const row = (key: string) => drafted.find((r) => r.key === key)!

describe('个别情况描述草拟', () => {
  test('本月任一时刻在库的条目各一行，危机在前；9 月已解除与 11 月入库的不列', () => {
    expect(drafted.map((r) => r.key)).toEqual(['keycare:k1', 'keycare:k5', 'keycare:k2', 'keycare:k3', 'keycare:k7'])
  })
  test('月中转介的危机个案：学号、班级、最近谈话、措施、进程', () => {
    expect(row('keycare:k1')).toEqual({
      key: 'keycare:k1',
      studentId: 'a3',
      studentNo: '2023010103',
      studentName: '王雨涵',
      className: '机电2301班',
      situation: '自伤自杀言行；2026-10-26 因周报关注入库（本月新增）。最近谈话（2026-10-30）：情绪较前稳定',
      measures: '本月谈心谈话 2 次。继续跟进，每日联系',
      effect: '最近一次谈话评估为重点关注',
      level: 'crisis',
      progress: '已转介校心理中心（2026-10-28，校心理中心）',
    })
  })
  test('等级变更写入干预后效果；逾期写入情况进程', () => {
    expect(row('keycare:k2').effect).toBe('最近一次谈话评估为一般关注；本月等级由重点关注调整为一般关注')
    expect(row('keycare:k2').progress).toBe('关注中，跟进逾期（应于 2026-10-25 跟进）')
  })
  test('月末之后的等级变更不影响本月的危机程度', () => {
    expect(row('keycare:k5').level).toBe('key')
  })
  test('本月解除的写明日期与原因', () => {
    expect(row('keycare:k3')).toMatchObject({ progress: '已解除（2026-10-20，情绪稳定）', measures: '本月无谈心谈话记录', effect: '本月暂无评估' })
  })
})

describe('个别情况描述：站长编辑与重新生成合并', () => {
  const keys = drafted.map((r) => r.key as string)
  const plain = (r: CaseRow) => {
    const { studentId: _s, edited: _e, ...rest } = r
    return rest
  }

  test('站长改过的行标记 edited 并带回 studentId；未改的行不标记；新增行没有 key', () => {
    const incoming = drafted.map(plain)
    incoming[0] = { ...incoming[0], effect: '情绪平稳，已返校上课' }
    incoming.push({ studentNo: '2023010202', studentName: '刘欣然', className: '机电2302班', situation: '新增', measures: '', effect: '', level: 'general', progress: '关注中' })
    const out = applyCaseEdits(drafted, keys, incoming)
    expect(out[0]).toMatchObject({ key: 'keycare:k1', studentId: 'a3', effect: '情绪平稳，已返校上课', edited: true })
    expect(out[1].edited).toBeUndefined()
    expect(out[5]).toMatchObject({ studentName: '刘欣然', edited: true })
    expect(out[5].key).toBeUndefined()
  })

  test('重新生成：保留改过的和新增的行、更新未改的行、站长删掉的不再加回、新出现的追加', () => {
    const edited = applyCaseEdits(drafted, keys, [
      { ...plain(drafted[0]), effect: '站长改写' },
      plain(drafted[1]),
      // 删掉 k2、k3、k7
      { studentNo: '1', studentName: '甲', className: '乙', situation: '丙', measures: '', effect: '', level: 'general', progress: '' },
    ])
    const fresh = drafted.map((r) => (r.key === 'keycare:k5' ? { ...r, measures: '新的措施' } : r))
    fresh.push({ ...drafted[4], key: 'keycare:k9', studentName: '新学生' })
    const merged = mergeCases(edited, keys, fresh)
    expect(merged.cases.map((r) => r.key ?? r.studentName)).toEqual(['keycare:k1', 'keycare:k5', '甲', 'keycare:k9'])
    expect(merged.cases[0].effect).toBe('站长改写')
    expect(merged.cases[1].measures).toBe('新的措施')
    expect(merged.draftedCaseKeys).toEqual([...keys, 'keycare:k9'])
  })
})
