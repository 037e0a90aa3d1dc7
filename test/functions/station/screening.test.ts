/**
 * 普测参测：名单经云存储导入、整份校验；参测率按班级与整轮（导入时目标年级的名册）；辅导员登记原因或补测到 100%；
 * 需约谈等级成为约谈任务；轮次中转班、离开目标年级、再次导入（不重复）。
 * 夹具：2023级 = 班级 A（a1 a2 a3 a4）、B（b1 b2 b3）；2024级 = 班级 C。counselorA 负责 A、B。
 */
import ExcelJS from 'exceljs'
import { actions as identity } from '../../../cloudfunctions/identity'
import { actions as station } from '../../../cloudfunctions/station'
import { cloud } from '../../../cloudfunctions/_lib/sdk'
import { C, setup, type Harness } from './helpers'

let h: Harness
let roundId: string
beforeAll(async () => {
  h = await setup({ ...identity, ...station })
})
afterAll(() => h.env.close())

async function upload(filename: string, data: string | Buffer): Promise<string> {
  const prep = await h.ok('head', 'file.prepare', { purpose: 'screening', filename })
  const { fileID } = await cloud().uploadFile({ cloudPath: prep.cloudPath, fileContent: typeof data === 'string' ? Buffer.from(data, 'utf8') : data })
  return fileID as string
}
const importList = async (filename: string, data: string | Buffer) => h.call('head', 'screening.import', { roundId, fileID: await upload(filename, data) })
const no = (k: keyof Harness['fx']['studentDocs']) => h.fx.studentDocs[k].studentNo
const byClass = (d: { byClass: Array<{ className: string; eligible: number; participated: number; rate: number }> }) =>
  Object.fromEntries(d.byClass.map((c) => [c.className, [c.participated, c.eligible]]))

describe('普测参测', () => {
  test('站长建轮次：结束早于开始按字段拒绝', async () => {
    const bad = await h.fail('head', 'screening.create', { name: '2023级普测', targetGrades: ['2023级'], startDate: '2026-10-10', endDate: '2026-10-01' }, 'INPUT.INVALID')
    expect(bad.fields[0].path).toBe('endDate')
    const r = await h.ok('head', 'screening.create', {
      name: '2023级心理普测', targetGrades: ['2023级'], startDate: '2026-10-08', endDate: '2026-10-30', flaggedTiers: ['重点', '危机'],
    })
    roundId = r._id
    expect(r.rates).toMatchObject({ eligible: 0, rate: null })
  })

  test('未知学号、重复行、不在目标年级、错误的列：整份拒绝、逐行指出，什么都不写', async () => {
    let r = await importList('名单.csv', `学号,结果等级\n${no('a1')},\n20239999,\n${no('a1')},重点\n${no('c1')},\n`)
    expect(r.error.code).toBe('SCREENING.INVALID_FILE')
    expect(r.error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([[3, '学号'], [4, '学号'], [5, '学号']])
    expect(r.error.details.errors[0].reason).toContain('名册中没有学号 20239999')
    expect(r.error.details.errors[1].reason).toContain('与第 2 行重复')
    r = await importList('名单.csv', `学号,分数\n${no('a1')},80\n`)
    expect(r.error.details.errors).toEqual([expect.objectContaining({ row: 1, column: '分数' })])
    r = await importList('名单.csv', `姓名\n张晓明\n`)
    expect(r.error.details.errors).toEqual([expect.objectContaining({ row: 1, column: '学号', reason: '缺少“学号”列' })])
    expect(await h.count(C.screeningParticipants)).toBe(0)
    expect(await h.count(C.talkTasks)).toBe(0)
    expect(await h.count(C.files, { purpose: 'screening' })).toBe(0)
  })

  test('导入：参测率按班级与整轮；需约谈等级的学生成为其辅导员的约谈任务（来源 普测，审计）', async () => {
    const r = await importList('名单.csv', `学号,姓名,结果等级\n${no('a1')},张晓明,正常\n${no('a2')},,重点\n${no('a3')},,\n${no('b1')},,正常\n`)
    expect(r.data).toMatchObject({ rows: 4, eligible: 7, participated: 4, tasksCreated: 1, rates: { open: 3, complete: false } })
    const d = await h.ok('head', 'screening.get', { roundId })
    expect(byClass(d)).toEqual({ 机电2301班: [3, 4], 机电2302班: [1, 3] })
    const task = await h.get(C.talkTasks, `screening:${roundId}:${h.fx.students.a2}`)
    expect(task).toMatchObject({ source: 'screening', status: 'open', counselorIds: [h.fx.personIds.counselorA], studentName: '李思远' })
    expect(await h.count(C.auditLogs, { action: 'station.screening.import', targetIds: h.fx.students.a2 })).toBe(1)
    const tasks = await h.env.db.collection(C.talkTasks).where({}).get()
    expect(tasks.data).toHaveLength(1)
  })

  test('辅导员看到自己的未参测学生，登记原因或标记补测，轮次到 100% 完成', async () => {
    const gaps = await h.ok('counselorA', 'screening.gaps', { roundId })
    expect(gaps.map((g: { studentName: string }) => g.studentName)).toEqual(['赵子豪', '刘欣然', '杨浩宇'])
    await h.fail('center', 'screening.gaps', { roundId }, 'AUTH.FORBIDDEN')
    await h.fail('otherHead', 'screening.gaps', { roundId }, 'NOT_FOUND')
    await h.fail('counselorB', 'screening.mark', { roundId, studentId: h.fx.students.b3, mark: 'done' }, 'NOT_FOUND')
    const noNote = await h.fail('counselorA', 'screening.mark', { roundId, studentId: h.fx.students.b2, mark: 'reason', reason: 'other' }, 'INPUT.INVALID')
    expect(noNote.fields[0].path).toBe('note')
    await h.fail('counselorA', 'screening.mark', { roundId, studentId: h.fx.students.a1, mark: 'done' }, 'STATE.INVALID_TRANSITION')

    const sick = await h.ok('counselorA', 'screening.mark', { roundId, studentId: h.fx.students.a4, mark: 'reason', reason: 'sick' })
    expect(sick.reason).toMatchObject({ kind: 'sick', label: '病假', byName: '钱老师' })
    await h.ok('counselorA', 'screening.mark', { roundId, studentId: h.fx.students.b2, mark: 'reason', reason: 'other', note: '参加省赛集训，返校后补测' })
    await h.ok('counselorA', 'screening.mark', { roundId, studentId: h.fx.students.b3, mark: 'done' })
    expect(await h.ok('counselorA', 'screening.gaps', { roundId })).toEqual([])
    const d = await h.ok('head', 'screening.get', { roundId })
    expect(d.rates).toEqual({ eligible: 7, participated: 5, withReason: 2, open: 0, rate: 0.7143, complete: true })
    const centre = await h.ok('center', 'screening.list', { stationId: h.fx.stationId })
    expect(centre[0].rates).toMatchObject({ complete: true, participated: 5 })
  })

  test('轮次中转班、离开目标年级后再次导入更正的名单（.xlsx）：更新而不重复，原因与补测保留', async () => {
    // a3 从 2301 转到 2302；b1 转到 2024 级的 2401（离开目标年级）
    await h.env.db.collection(C.students).doc(h.fx.students.a3).update({ classId: h.fx.classes.B })
    await h.env.db.collection(C.students).doc(h.fx.students.b1).update({ classId: h.fx.classes.C })
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('参测名单')
    ws.addRows([['学号', '结果等级'], [no('a1'), '正常'], [no('a2'), '重点'], [no('a3'), ''], [no('b2'), '正常']])
    const r = await importList('名单（更正）.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
    expect(r.data).toMatchObject({ rows: 4, eligible: 6, participated: 5, tasksCreated: 0, leftRound: 1, rates: { complete: true, withReason: 1 } })
    const d = await h.ok('head', 'screening.get', { roundId })
    expect(byClass(d)).toEqual({ 机电2301班: [2, 3], 机电2302班: [3, 3] })
    expect(d.rates).toMatchObject({ eligible: 6, participated: 5, withReason: 1, rate: 0.8333, complete: true })
    expect(await h.count(C.screeningParticipants, { roundId })).toBe(7)
    expect(await h.count(C.talkTasks)).toBe(1)
    expect(await h.get(C.screeningParticipants, `${roundId}:${h.fx.students.b3}`)).toMatchObject({ madeUp: true })
    expect(await h.get(C.screeningParticipants, `${roundId}:${h.fx.students.b1}`)).toMatchObject({ eligible: false })
  })
})
