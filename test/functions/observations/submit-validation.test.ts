import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { concernReport, newKey, setupObservations, zeroReport, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(() => h.env.close())

const fieldsOf = (r: any): string[] => (r.error?.fields ?? []).map((f: { path: string }) => f.path)

async function expectNothingWritten(): Promise<void> {
  expect(await h.count(COLLECTIONS.weeklyReports)).toBe(0)
  expect(await h.count(COLLECTIONS.talkTasks)).toBe(0)
  expect(await h.count(COLLECTIONS.alerts)).toBe(0)
}

const concern = (over: Record<string, unknown> = {}) => ({
  studentId: h.fx.students.a1, categories: ['学业压力'], level: 'general', description: '情况描述', ...over,
})

describe('周报的错误输入：INPUT.INVALID 指明字段，且不写入任何数据', () => {
  const cases: Array<[string, () => Record<string, unknown>, string]> = [
    ['缺少学生', () => concernReport(h.fx, 7, [{ ...concern(), studentId: undefined } as never]), 'concerns.0.studentId'],
    ['不存在的学生', () => concernReport(h.fx, 7, [concern({ studentId: 'no-such-student' }) as never]), 'concerns.0.studentId'],
    ['学生不在本班名册（另一班）', () => concernReport(h.fx, 7, [concern({ studentId: h.fx.students.c1 }) as never]), 'concerns.0.studentId'],
    ['学生属于另一站点', () => concernReport(h.fx, 7, [concern({ studentId: h.fx.students.x1 }) as never]), 'concerns.0.studentId'],
    ['有关注却没有条目', () => ({ ...concernReport(h.fx, 7, []) }), 'concerns'],
    ['有关注却没写总体情况', () => ({ ...concernReport(h.fx, 7, [concern() as never]), overall: '' }), 'overall'],
    ['零报告带关注条目', () => ({ ...zeroReport(h.fx, 7), concerns: [concern()] }), 'concerns'],
    ['未知类别', () => concernReport(h.fx, 7, [concern({ categories: ['不存在的类别'] }) as never]), 'concerns.0.categories.0'],
    ['类别为空', () => concernReport(h.fx, 7, [concern({ categories: [] }) as never]), 'concerns.0.categories'],
    ['未知等级', () => concernReport(h.fx, 7, [concern({ level: 'red' }) as never]), 'concerns.0.level'],
    ['情况描述为空', () => concernReport(h.fx, 7, [concern({ description: '   ' }) as never]), 'concerns.0.description'],
    ['情况描述超长', () => concernReport(h.fx, 7, [concern({ description: '长'.repeat(501) }) as never]), 'concerns.0.description'],
    ['总体情况超长', () => ({ ...concernReport(h.fx, 7, [concern() as never]), overall: '长'.repeat(1001) }), 'overall'],
    ['日期格式错误', () => concernReport(h.fx, 7, [concern({ observedOn: '2026/10/20' }) as never]), 'concerns.0.observedOn'],
    ['日期不存在', () => concernReport(h.fx, 7, [concern({ observedOn: '2026-02-30' }) as never]), 'concerns.0.observedOn'],
    ['发现日期晚于今天', () => concernReport(h.fx, 7, [concern({ observedOn: '2026-10-22' }) as never]), 'concerns.0.observedOn'],
    ['同一学生两条', () => concernReport(h.fx, 7, [concern() as never, concern() as never]), 'concerns.1.studentId'],
    ['周次不是整数', () => ({ ...zeroReport(h.fx, 7), week: 2.5 }), 'week'],
    ['多余字段', () => ({ ...zeroReport(h.fx, 7), extra: 1 }), ''],
    ['幂等键缺失', () => ({ ...zeroReport(h.fx, 7), idempotencyKey: undefined }), 'idempotencyKey'],
  ]
  test.each(cases)('%s', async (_name, make, field) => {
    const r = await h.call('committeeA', 'report.submit', make())
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('INPUT.INVALID')
    if (field) expect(fieldsOf(r)).toContain(field)
    else expect(fieldsOf(r).length).toBeGreaterThan(0)
    await expectNothingWritten()
  })

  test('多处错误一次指出（未知等级 + 缺总体情况 + 缺描述）', async () => {
    const r = await h.call('committeeA', 'report.submit', { ...concernReport(h.fx, 7, [concern({ level: 'red', description: '' }) as never]), overall: '' })
    expect(r.error.code).toBe('INPUT.INVALID')
    expect(fieldsOf(r)).toEqual(expect.arrayContaining(['overall', 'concerns.0.level', 'concerns.0.description']))
    await expectNothingWritten()
  })

  test('周次超出学期：WEEK.OUT_OF_RANGE，指明 week', async () => {
    const r = await h.call('committeeA', 'report.submit', zeroReport(h.fx, 19))
    expect(r.error.code).toBe('WEEK.OUT_OF_RANGE')
    expect(fieldsOf(r)).toEqual(['week'])
    await expectNothingWritten()
  })

  test('假期周：WEEK.OFF', async () => {
    const r = await h.call('committeeA', 'report.submit', zeroReport(h.fx, 4))
    expect(r.error.code).toBe('WEEK.OFF')
    await expectNothingWritten()
  })

  test('尚未开始的周：WEEK.NOT_STARTED', async () => {
    const r = await h.call('committeeA', 'report.submit', zeroReport(h.fx, 8))
    expect(r.error.code).toBe('WEEK.NOT_STARTED')
    await expectNothingWritten()
  })

  test('为别的班级、宿舍或另一站点填报：NOT_FOUND', async () => {
    for (const [kind, unitId] of [['class', h.fx.classes.C], ['dorm', h.fx.dorms.A], ['class', h.fx.otherClassId], ['class', 'nope']] as const) {
      const r = await h.call('committeeA', 'report.submit', { ...zeroReport(h.fx, 7), kind, unitId })
      expect(r.error.code).toBe('NOT_FOUND')
    }
    const r = await h.call('observerA', 'report.submit', zeroReport(h.fx, 7, 'dorm', h.fx.dorms.C))
    expect(r.error.code).toBe('NOT_FOUND')
    await expectNothingWritten()
  })

  test('辅导员、站长不能代填周报：AUTH.FORBIDDEN', async () => {
    for (const who of ['counselorA', 'head'] as const) {
      const r = await h.call(who, 'report.submit', zeroReport(h.fx, 7))
      expect(r.error.code).toBe('AUTH.FORBIDDEN')
    }
    await expectNothingWritten()
  })

  test('观察员只能选本宿舍的学生（同班不同宿舍也不行）', async () => {
    // a3 在班级 A，但住宿舍 B
    const input = { ...concernReport(h.fx, 7, [concern({ studentId: h.fx.students.a3 }) as never]), kind: 'dorm', unitId: h.fx.dorms.A, idempotencyKey: newKey() }
    const r = await h.call('observerA', 'report.submit', input)
    expect(r.error.code).toBe('INPUT.INVALID')
    expect(fieldsOf(r)).toEqual(['concerns.0.studentId'])
    await expectNothingWritten()
  })
})
