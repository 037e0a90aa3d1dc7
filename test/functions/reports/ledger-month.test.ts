/**
 * 月报的工作台账节，对照一个手工核对的月份（2026 年 10 月）：
 *   培训：10-14 2023级心理委员（应到 张晓明，到场）；10-28 观察员 2023级+2024级（应到 李思远 到场、黄俊杰 缺席）；
 *         09-30 与 11-03 的不计 → 2 场，应到 3，到场 2，缺席 1，到场率 66.67%。
 *   活动：10-20 主题活动已开展、10-25 讲座已总结 计入；10-26 讲座仅计划、09-28 班会不计 → 2 次（主题 1、讲座 1）。
 *   走访：钱老师 宿舍A 10-05、10-19（算一间）→ 1/1；冯老师 宿舍B 10-10，宿舍C 只在 09-30 → 1/2，未走访 13栋201。
 *   研判会：10-15（维持、调整等级）、10-29（解除）；11-02 的不计 → 2 次，3 人次。
 */
import ExcelJS from 'exceljs'
import { COLLECTIONS as C } from '../../../cloudfunctions/_lib/collections'
import type { TrainingAudience } from '../../../types/models-ledger'
import { setup, type Harness } from './helpers'

const OCT = '2026-10'
let h: Harness
const bj = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`)

beforeAll(async () => {
  h = await setup()
  const f = h.fx
  const training = (id: string, date: string, audience: TrainingAudience) => ({
    _id: id, stationId: f.stationId, title: `培训${id}`, date, startTime: '14:00', endTime: '16:00', startsAt: bj(date, '14:00'), endsAt: bj(date, '16:00'),
    hours: 2, trainer: '讲师', organiser: 'station', place: '报告厅', form: 'offline', audience, secret: 's', createdBy: f.personIds.head, createdByName: '孙站长', createdAt: h.now(),
  })
  const obs: TrainingAudience = { kind: 'cadres', roles: ['observer'], grades: ['2023级', '2024级'] }
  await h.insert(C.trainings, [
    training('t1', '2026-10-14', { kind: 'cadres', roles: ['committee'], grades: ['2023级'] }),
    training('t2', '2026-10-28', obs),
    training('t0', '2026-09-30', obs),
    training('t3', '2026-11-03', obs),
  ])
  const att = (t: string, who: 'committeeA' | 'observerA' | 'observerC', status: 'present' | 'absent') => ({
    _id: `${t}:${f.personIds[who]}`, trainingId: t, stationId: f.stationId, personId: f.personIds[who], status, via: 'code', at: h.now(), markedBy: f.personIds[who],
  })
  await h.insert(C.trainingAttendance, [att('t1', 'committeeA', 'present'), att('t2', 'observerA', 'present'), att('t2', 'observerC', 'absent'), att('t0', 'observerA', 'present')])
  const act = (id: string, type: string, stage: string, date: string) => ({
    _id: id, stationId: f.stationId, type, title: id, theme: '主题', audience: '全院', date, place: '广场', stage, createdBy: f.personIds.head, createdByName: '孙站长', createdAt: h.now(), updatedAt: h.now(),
  })
  await h.insert(C.activities, [
    act('a1', 'theme', 'held', '2026-10-20'), act('a2', 'lecture', 'summarised', '2026-10-25'),
    act('a3', 'lecture', 'planned', '2026-10-26'), act('a4', 'class_meeting', 'held', '2026-09-28'),
  ])
  const visit = (id: string, who: 'counselorA' | 'counselorB', dormId: string, date: string) => ({
    _id: id, stationId: f.stationId, dormId, dormName: '', counselorId: f.personIds[who], counselorName: '', date, findings: '整洁', concerns: [], studentIds: [], classIds: [], createdAt: h.now(),
  })
  await h.insert(C.dormVisits, [
    visit('v1', 'counselorA', f.dorms.A, '2026-10-05'), visit('v2', 'counselorA', f.dorms.A, '2026-10-19'),
    visit('v3', 'counselorB', f.dorms.B, '2026-10-10'), visit('v4', 'counselorB', f.dorms.C, '2026-09-30'),
  ])
  const review = (id: string, date: string, decisions: string[]) => ({
    _id: id, stationId: f.stationId, date, attendees: ['孙站长'], createdBy: f.personIds.head, createdByName: '孙站长', createdAt: h.now(),
    items: decisions.map((d, i) => ({ keyCareId: `kc${i}`, studentId: `s${i}`, studentName: '', classId: f.classes.A, dormId: f.dorms.A, decision: d, note: '', outcome: 'applied' })),
    studentIds: [], classIds: [], dormIds: [],
  })
  await h.insert(C.caseReviews, [review('r1', '2026-10-15', ['keep', 'level']), review('r2', '2026-10-29', ['close']), review('r3', '2026-11-02', ['keep'])])
})
afterAll(() => h.env.close())

test('10 月的工作台账节与手工核对一致', async () => {
  const view = await h.ok('head', 'monthly.generate', { month: OCT })
  const l = view.sections.ledger
  expect(l.trainings).toEqual({
    held: 2, expected: 3, present: 2, absent: 1, attendanceRate: 0.6667,
    rows: [
      { date: '2026-10-14', title: '培训t1', hours: 2, expected: 1, present: 1, absent: 0 },
      { date: '2026-10-28', title: '培训t2', hours: 2, expected: 2, present: 1, absent: 1 },
    ],
  })
  expect(l.activities).toEqual({ held: 2, byType: { theme: 1, lecture: 1, class_meeting: 0, group_counseling: 0, behavior_training: 0, other: 0 } })
  expect(l.visits).toEqual({
    visits: 3, assigned: 3, covered: 2,
    rows: [
      { name: '冯老师', assigned: 2, visited: 1, notVisited: ['13栋201'] },
      { name: '钱老师', assigned: 1, visited: 1, notVisited: [] },
    ].sort((a, b) => a.name.localeCompare(b.name, 'zh')),
  })
  expect(l.caseReviews).toEqual({ held: 2, students: 3, byDecision: { keep: 1, level: 1, refer: 0, close: 1 } })
})

test('导出的 .xlsx 有工作台账表，数字相同', async () => {
  const r = await h.ok('head', 'monthly.export', { month: OCT })
  const res = await fetch(encodeURI(r.url))
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  const ws = wb.getWorksheet('工作台账')!
  const row = (label: string) => {
    for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(1).value === label) return (ws.getRow(i).values as unknown[]).slice(2)
    throw new Error(label)
  }
  expect(row('已开展培训')).toEqual([2])
  expect(row('到场率')).toEqual([0.6667])
  expect(row('主题宣教活动')).toEqual([1])
  expect(row('冯老师')).toEqual(['13栋201', 2, 1])
  expect(row('召开次数')).toEqual([2])
})
