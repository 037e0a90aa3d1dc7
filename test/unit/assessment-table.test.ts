/** 考核表即数据：分值加总、原文与附件1 一致、中心的学年调整与校验、等级线 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_TABLE, allSlots } from '../../domain/assessment/table'
import { applyOverride, gradeOf, tableForYear, validateTable } from '../../domain/assessment/version'

const seed = readFileSync(join(__dirname, '../../docs/seeds/004_49c58ba2d10c9179.txt'), 'utf8')
/** 附件1：从“附件1”一行到“二、本考核细则”之前 */
const annex = seed.slice(seed.indexOf('\n附件1'), seed.indexOf('二、本考核细则'))
const annexLines = annex.split('\n').map((l) => l.trim()).filter(Boolean)
const annexFlat = annex.replace(/\s+/g, '')

describe('默认考核表', () => {
  test('3 个考评指标、10 个考评要点，分值依次为 9、9、7、5、15、10、15、10、5、15，总分 100', () => {
    expect(DEFAULT_TABLE.groups.map((g) => [g.name, g.max])).toEqual([['组织领导与队伍建设', 25], ['工作实施', 60], ['工作成效', 15]])
    expect(DEFAULT_TABLE.items.map((i) => i.max)).toEqual([9, 9, 7, 5, 15, 10, 15, 10, 5, 15])
    expect(DEFAULT_TABLE.items.reduce((s, i) => s + i.max, 0)).toBe(100)
  })

  test('每项的细则分值之和等于该项分值，每个指标等于其各项之和', () => {
    for (const item of DEFAULT_TABLE.items) expect([item.id, item.points.reduce((s, p) => s + p.max, 0)]).toEqual([item.id, item.max])
    for (const g of DEFAULT_TABLE.groups) {
      expect(DEFAULT_TABLE.items.filter((i) => i.groupId === g.id).reduce((s, i) => s + i.max, 0)).toBe(g.max)
    }
    expect(validateTable(DEFAULT_TABLE)).toEqual([])
  })

  test('附件1 中的每一条细则原文都在表中，且表中每条细则都是附件1 的原文', () => {
    const tableLines = DEFAULT_TABLE.items.flatMap((i) => i.points.map((p) => p.mark + p.text))
    const seedPointLines = annexLines.filter((l) => /^[①②③④⑤]/.test(l))
    expect(seedPointLines).toHaveLength(21)
    for (const line of seedPointLines) expect(tableLines).toContain(line)
    for (const line of tableLines) expect(annexLines).toContain(line)
    // 只有一条细则、没有序号的两项
    expect(annexLines).toContain('认真、积极开展个体与团体心理辅导工作。')
    expect(tableLines).toContain('认真、积极开展个体与团体心理辅导工作。')
  })

  test('考评指标与考评要点的名称（表格中折行的合并后）与附件1 一致', () => {
    for (const g of DEFAULT_TABLE.groups) expect(annexFlat).toContain(`${g.name}（${g.max}）`)
    for (const i of DEFAULT_TABLE.items) expect(annexFlat).toContain(i.no ? `${i.no}.${i.name}` : i.name)
  })

  test('每项的分值紧跟在它的细则之后（附件1 的“分值”一栏）', () => {
    for (const item of DEFAULT_TABLE.items) {
      const last = item.points[item.points.length - 1]
      const at = annexLines.indexOf(last.mark + last.text)
      expect([item.id, annexLines[at + 1]]).toEqual([item.id, String(item.max)])
    }
  })

  test('考核总则的等级线：90 分以上为优秀……60 分以下为不合格', () => {
    expect(annex).toContain('90 分以上为优秀；80-90 分为良好；70-80 分为中等；60-70 分为合格，60 分以下为不合格')
    expect(DEFAULT_TABLE.bands.map((b) => [b.label, b.min])).toEqual([['优秀', 90], ['良好', 80], ['中等', 70], ['合格', 60], ['不合格', 0]])
  })

  test('只看证明材料的四项（制度建设、条件保障、理论研究、工作成效）每条细则都有材料栏，栏目键不重复', () => {
    for (const id of ['policy', 'resources', 'research', 'impact']) {
      const item = DEFAULT_TABLE.items.find((i) => i.id === id)!
      for (const p of item.points) expect([p.id, p.source, p.slots.length > 0]).toEqual([p.id, 'documents', true])
    }
    const keys = allSlots(DEFAULT_TABLE).map((s) => s.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('默认表不可被改动', () => {
    expect(() => { (DEFAULT_TABLE.items[0] as { max: number }).max = 10 }).toThrow()
    expect(DEFAULT_TABLE.items[0].max).toBe(9)
  })
})

describe('等级线', () => {
  test.each([
    [100, '优秀'], [90, '优秀'], [89.5, '良好'], [80, '良好'], [79.5, '中等'], [70, '中等'],
    [69.5, '合格'], [60, '合格'], [59.5, '不合格'], [0, '不合格'],
  ])('%s 分为%s', (total, label) => {
    expect(gradeOf(total).label).toBe(label)
  })
})

describe('中心按学年调整考核表', () => {
  const ok = (raw: unknown) => {
    const r = applyOverride(raw)
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('；'))
    return r.version
  }

  test('同一指标内两项互调分值并相应调整细则，得到新学年的版本，默认表不变', () => {
    const v = ok({
      id: '2027-2028', schoolYear: '2027-2028',
      items: [{ id: 'crisis', max: 17 }, { id: 'education', max: 13 }],
      points: [{ id: 'crisis.1', max: 6 }, { id: 'education.2', max: 8 }],
      bands: [{ grade: 'excellent', min: 92 }],
      params: { monthlyDeadlineDay: 8 },
    })
    expect(v.schoolYear).toBe('2027-2028')
    expect(v.basedOn).toBe('default')
    expect(v.items.find((i) => i.id === 'crisis')!.points.map((p) => p.max)).toEqual([6, 4, 3, 4])
    expect(v.groups.find((g) => g.id === 'implementation')!.max).toBe(60)
    expect(gradeOf(91, v.bands).label).toBe('良好')
    expect(v.params.monthlyDeadlineDay).toBe(8)
    expect(v.params.coverageGraceDays).toBe(DEFAULT_TABLE.params.coverageGraceDays)
    expect(DEFAULT_TABLE.items.find((i) => i.id === 'crisis')!.max).toBe(15)
    expect(gradeOf(91).label).toBe('优秀')
  })

  test('只有一条细则的项改了分值，细则随之改变', () => {
    const v = ok({ id: 'y', schoolYear: '2027-2028', items: [{ id: 'counseling', max: 12 }, { id: 'research', max: 3 }] })
    expect(v.items.find((i) => i.id === 'counseling')!.points[0].max).toBe(12)
    expect(v.groups.find((g) => g.id === 'implementation')!.max).toBe(60)
  })

  test('跨指标调整分值：指标分值随各项之和改变，总分仍为 100', () => {
    const v = ok({ id: 'y', schoolYear: '2027-2028', items: [{ id: 'policy', max: 7 }, { id: 'counseling', max: 12 }], points: [{ id: 'policy.3', max: 1 }] })
    expect(v.groups.map((g) => g.max)).toEqual([23, 62, 15])
  })

  test('细则之和与该项分值不符时不产生版本，并说明哪一项', () => {
    const r = applyOverride({ id: 'y', schoolYear: '2027-2028', points: [{ id: 'crisis.1', max: 5 }] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.message)).toContain('“危机干预及重点关注学生工作”各条细则分值之和为 16，应等于该项分值 15')
  })

  test('总分不为 100、等级线不递减或不合格有下限、未知细则、学年或分值格式错误、多余字段，均被拒绝', () => {
    const cases: unknown[] = [
      { id: 'y', schoolYear: '2027-2028', items: [{ id: 'counseling', max: 11 }] },
      { id: 'y', schoolYear: '2027-2028', bands: [{ grade: 'good', min: 95 }] },
      { id: 'y', schoolYear: '2027-2028', bands: [{ grade: 'fail', min: 10 }] },
      { id: 'y', schoolYear: '2027-2028', points: [{ id: 'crisis.9', max: 1 }] },
      { id: 'y', schoolYear: '2027-2029' },
      { id: 'y', schoolYear: '2027' },
      { id: 'y', schoolYear: '2027-2028', items: [{ id: 'crisis', max: 15.3 }] },
      { id: 'y', schoolYear: '2027-2028', items: [{ id: 'crisis', max: -1 }] },
      { id: 'y', schoolYear: '2027-2028', extra: 1 },
      { id: 'y', schoolYear: '2027-2028', params: { monthlyDeadlineDay: 31 } },
    ]
    for (const c of cases) expect([c, applyOverride(c).ok]).toEqual([c, false])
  })

  test('一个学年沿用它评分时冻结的版本，之后发布的调整不影响它', () => {
    const frozen = tableForYear('2026-2027')
    expect(frozen).toBe(DEFAULT_TABLE)
    const later = { id: '2026-2027b', schoolYear: '2026-2027', bands: [{ grade: 'excellent', min: 95 }] }
    expect(tableForYear('2026-2027', { overrides: [later] }).bands[0].min).toBe(95)
    expect(tableForYear('2026-2027', { frozen, overrides: [later] }).bands[0].min).toBe(90)
    expect(tableForYear('2027-2028', { overrides: [later] })).toBe(DEFAULT_TABLE)
  })
})
