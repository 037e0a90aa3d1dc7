/** 缺失材料清单：学年中与学年末，每条都有该做的事与要去的页面；补上后条目消失、建议分上升 */
import { shanghaiInstant } from '../../domain/calendar'
import { assessYear } from '../../domain/assessment'
import type { BinderInput } from '../../domain/assessment/indicators'
import { DEFAULT_TABLE } from '../../domain/assessment/table'
import { EVIDENCE_TARGETS } from '../../types/assessment'
import { sampleYear } from './assessment-year'

const missing = (y: BinderInput) => assessYear(y, DEFAULT_TABLE).missing

describe('学年末的缺失清单', () => {
  const list = missing(sampleYear())
  const texts = list.map((m) => m.text)

  test('列出每个缺口', () => {
    expect(texts).toEqual([
      '尚无“工作研讨记录与宣传材料”',
      '尚无“参与心理中心活动的记录”',
      '尚无“调研报告、论文或课题”',
      '主题宣教活动“5·25 心理健康月”尚无总结',
      '第二学期尚无专项教育活动',
      '第二学期尚无已确认的朋辈谈心',
      '第二学期有 2 条朋辈谈心待确认',
      '第二学期 2026 级未开展宿舍心理观察员培训',
      '“2027 年春季普测”4 人未参测且未登记原因',
      '2027-04 月报未提交（截止 2027-05-05）',
      '陈晓 的重点关注随访已逾期（应于 2027-06-20）',
      '李梅 本学年尚无培训学时',
      '赵刚 于 2027-03-15 离任，未办理交接',
      '应化2601班 本学年缺班级心理委员 24 天',
      '12栋305 无宿舍心理观察员 43 天',
    ])
  })

  test('每条都有该做的事、所属细则与一键直达的页面；键不重复', () => {
    const points = new Set(DEFAULT_TABLE.items.flatMap((i) => i.points.map((p) => p.id)))
    for (const m of list) {
      expect(m.action.length).toBeGreaterThan(0)
      expect(points.has(m.pointId)).toBe(true)
      expect(EVIDENCE_TARGETS).toContain(m.target.page)
    }
    expect(new Set(list.map((m) => m.key)).size).toBe(list.length)
    expect(list.find((m) => m.text.startsWith('12栋305'))!.target).toEqual({ page: 'invites', params: { dormId: 'd1' } })
    expect(list.find((m) => m.key === 'training:t2:2026级:observer')!.target).toEqual({ page: 'trainings', params: { termId: 't2', grade: '2026级', role: 'observer' } })
    expect(list.find((m) => m.text.includes('5·25'))!.target).toEqual({ page: 'activities', params: { activityId: 'a4' } })
  })
})

describe('学年进行中', () => {
  // 第二学期第 5 周：主题宣教（5 月）与观察员培训（4 月）尚未发生
  const midYear = () => {
    const y = sampleYear()
    y.asOf = shanghaiInstant('2027-04-01', '10:00')
    y.summary = { submittedAt: null }
    return y
  }

  test('本学期尚无主题宣教活动、本学期尚未开展培训', () => {
    const texts = missing(midYear()).map((m) => m.text)
    expect(texts).toContain('本学期尚无主题宣教活动')
    expect(texts).toContain('本学期 2024 级尚未开展宿舍心理观察员培训')
    // 观察员 5 月才离任：此时 12栋305 还有人
    expect(texts.some((t) => t.startsWith('12栋305'))).toBe(false)
  })

  test('工作总结：第一学期中不列出，最后一个学期开始后列出', () => {
    const autumn = midYear()
    autumn.asOf = shanghaiInstant('2026-12-01', '10:00')
    expect(missing(autumn).some((m) => m.text.includes('工作总结'))).toBe(false)
    expect(missing(midYear()).map((m) => m.text)).toContain('尚未提交本学年工作总结（截止 2027-07-18）')
  })

  test('补上主题宣教活动后，该条消失，建议分上升', () => {
    const before = midYear()
    const after = midYear()
    after.activities.push({ id: 'a9', kind: 'theme', title: '春季心理健康主题教育', date: '2027-03-20', held: true, planned: true, summarised: true })
    const score = (y: BinderInput) => assessYear(y, DEFAULT_TABLE).suggestion.items.find((i) => i.itemId === 'education')!.score
    expect(missing(after).map((m) => m.text)).not.toContain('本学期尚无主题宣教活动')
    expect(score(after) - score(before)).toBe(5)
  })

  test('空缺的宿舍在学期间假期中显示“目前无”', () => {
    const y = sampleYear()
    y.asOf = shanghaiInstant('2027-02-10', '10:00')
    y.dorms = [{ id: 'd9', name: '3栋101', observer: [{ from: shanghaiInstant('2026-09-01'), to: shanghaiInstant('2027-01-10', '18:00') }] }]
    expect(missing(y).find((m) => m.key === 'dorm:d9')!.text).toBe('3栋101 目前无宿舍心理观察员')
  })
})

describe('中心调高每学期的最低数量', () => {
  test('有记录但不足时写明条数与要求', () => {
    const table = { ...DEFAULT_TABLE, params: { ...DEFAULT_TABLE.params, minTalksPerTerm: 5 } }
    const texts = assessYear(sampleYear(), table).missing.map((m) => m.text)
    expect(texts).toContain('第二学期个体谈心谈话记录 3 条，少于 5')
    expect(texts.some((t) => t.startsWith('第一学期个体'))).toBe(false)
  })
})
