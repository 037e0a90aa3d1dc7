/**
 * 导出 .xlsx（用 exceljs 读回）与输入校验：格式错误、未结束的月份、范围外站点，且都不改变任何数据。
 */
import ExcelJS from 'exceljs'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { purgeFiles } from '../../../cloudfunctions/jobs/purge-files'
import { NOV1_2AM, setup, type Harness } from './helpers'
import { seedSampleMonth } from './seed-month'

let h: Harness
const OCT = '2026-10'
beforeAll(async () => {
  h = await setup(NOV1_2AM)
  await seedSampleMonth(h.env.db, h.fx)
  await h.ok('head', 'monthly.generate', { month: OCT })
  await h.ok('head', 'monthly.update', { month: OCT, narrative: '本月开展心理主题班会 3 场，无重大事件。' })
})
afterAll(() => h.env.close())

/** 按回包里的临时链接下载（与客户端一样），读回工作簿 */
async function readBack(url: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(encodeURI(url))
  expect(res.status).toBe(200)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  return wb
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1)
/** 在工作表中找第一列等于 label 的行，返回其余列 */
function rowOf(ws: ExcelJS.Worksheet, label: string): unknown[] {
  for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(1).value === label) return rowValues(ws, i).slice(1)
  throw new Error(`row ${label} not found in ${ws.name}`)
}

describe('导出 .xlsx', () => {
  test('导出文件只发给导出的人：链接 10 分钟有效；1 小时后定时清理把存储里的文件删掉', async () => {
    const r = await h.ok('head', 'monthly.export', { month: OCT })
    expect(new Date(r.expiresAt).getTime() - h.now().getTime()).toBe(10 * 60_000)
    expect(r).not.toHaveProperty('base64')
    const file = (await h.env.db.collection(COLLECTIONS.files).where({ purpose: 'export' }).get()).data.at(-1)
    expect(file).toMatchObject({ ownerId: h.fx.personIds.head, filename: r.filename, status: 'accepted' })
    expect(await purgeFiles({ db: h.env.db, now: new Date(h.now().getTime() + 30 * 60_000) })).toMatchObject({ exports: 0 })
    expect((await fetch(encodeURI(r.url))).status).toBe(200)
    const purged = await purgeFiles({ db: h.env.db, now: new Date(h.now().getTime() + 61 * 60_000) })
    expect(purged.exports).toBeGreaterThanOrEqual(1)
    expect((await fetch(encodeURI(r.url))).status).toBe(404)
    expect((await h.env.db.collection(COLLECTIONS.files).where({ purpose: 'export' }).count()).total).toBe(0)
  })

  test('站长导出草稿：每节一张表、中文表头、个别情况描述表，读回的数字与月报一致', async () => {
    const r = await h.ok('head', 'monthly.export', { month: OCT })
    expect(r.filename).toBe('机电工程学院-2026-10-月报动态信息-草稿.xlsx')
    expect(r.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const wb = await readBack(r.url)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '学院整体情况及重大事件', '报送情况', '关注情况', '重点关注库', '晚点名', '谈心谈话', '工作台账', '个别情况描述', '趋势',
    ])
    expect(rowOf(wb.getWorksheet('学院整体情况及重大事件')!, '学院整体情况及重大事件')).toEqual(['本月开展心理主题班会 3 场，无重大事件。'])
    const sub = wb.getWorksheet('报送情况')!
    expect(rowValues(sub, 2)).toEqual(['范围', '单位数', '应报', '已报', '按时', '迟报', '未报', '零报告', '报送率', '按时率', '零报告率'])
    expect(rowOf(sub, '合计')).toEqual([6, 18, 11, 9, 2, 7, 8, 0.6111, 0.5, 0.7273])
    expect(sub.getRow(5).getCell(9).numFmt).toBe('0.0%')
    expect(rowOf(wb.getWorksheet('重点关注库')!, '月末在库')).toEqual([4])
    expect(rowOf(wb.getWorksheet('晚点名')!, '出勤率')).toEqual([0.8095])
    expect(rowOf(wb.getWorksheet('关注情况')!, '被关注学生（去重）')).toEqual([3])
    const cases = wb.getWorksheet('个别情况描述')!
    expect(rowValues(cases, 1)).toEqual(['学号', '姓名', '班级', '情况说明', '干预措施', '干预后效果', '危机程度', '情况进程'])
    expect(rowValues(cases, 2).slice(0, 3)).toEqual(['2023010103', '王雨涵', '机电2301班'])
    expect(rowValues(cases, 2)[6]).toBe('危机')
    expect(cases.rowCount).toBe(6)
    expect(rowOf(wb.getWorksheet('趋势')!, '报送率')).toEqual([0.6111, 1])
  })

  test('导出写审计日志（含个别情况描述涉及的学生）', async () => {
    const logs = await h.env.db.collection(COLLECTIONS.auditLogs).where({ action: 'reports.monthly.export' }).get()
    const entry = (logs as any).data[0]
    expect(entry).toMatchObject({ actorPersonId: h.fx.personIds.head, role: 'head', stationId: h.fx.stationId })
    expect(entry.targetIds).toEqual(expect.arrayContaining([`${h.fx.stationId}:${OCT}`, h.fx.students.a3]))
  })

  test('中心只能导出已提交的月报（草稿为 NOT_FOUND），导出的是提交的快照', async () => {
    await h.fail('center', 'monthly.export', { month: OCT, stationId: h.fx.stationId }, 'NOT_FOUND')
    await h.ok('head', 'monthly.submit', { month: OCT })
    await h.ok('center', 'monthly.return', { month: OCT, stationId: h.fx.stationId, comment: '请补充' })
    await h.ok('head', 'monthly.update', { month: OCT, narrative: '退回后改写，尚未重新提交' })
    const r = await h.ok('center', 'monthly.export', { month: OCT, stationId: h.fx.stationId })
    expect(r.filename).toBe('机电工程学院-2026-10-月报动态信息-第1版.xlsx')
    const wb = await readBack(r.url)
    expect(rowOf(wb.getWorksheet('学院整体情况及重大事件')!, '学院整体情况及重大事件')).toEqual(['本月开展心理主题班会 3 场，无重大事件。'])
  })
})

describe('输入校验（都不改变数据）', () => {
  let snapshot: unknown
  beforeAll(async () => {
    snapshot = await h.get(COLLECTIONS.monthlyReports, `${h.fx.stationId}:${OCT}`)
  })
  afterAll(async () => {
    expect(await h.get(COLLECTIONS.monthlyReports, `${h.fx.stationId}:${OCT}`)).toEqual(snapshot)
    expect(await h.count(COLLECTIONS.monthlyReports, {})).toBe(1)
  })

  test.each(['2026-13', '2026-1', '202610', '2026-10-01', ''])('月份格式错误 %p → INPUT.INVALID 并指明 month', async (month) => {
    const err = await h.fail('head', 'monthly.get', { month }, 'INPUT.INVALID')
    expect(err.fields[0].path).toBe('month')
    await h.fail('head', 'monthly.generate', { month }, 'INPUT.INVALID')
  })

  test('当月（未结束）与将来的月份 → MONTHLY.INVALID_MONTH', async () => {
    for (const action of ['monthly.get', 'monthly.generate', 'monthly.submit', 'monthly.export']) {
      await h.fail('head', action, { month: '2026-11' }, 'MONTHLY.INVALID_MONTH')
      await h.fail('head', action, { month: '2027-03' }, 'MONTHLY.INVALID_MONTH')
    }
    await h.fail('center', 'monthly.overview', { month: '2026-11' }, 'MONTHLY.INVALID_MONTH')
  })

  test('10 月 31 日 23:59（北京时间）10 月尚未结束', async () => {
    h.at('2026-10-31T15:59:00Z')
    await h.fail('head', 'monthly.generate', { month: OCT }, 'MONTHLY.INVALID_MONTH')
    h.at(NOV1_2AM)
  })

  test('范围外站点 → NOT_FOUND；中心不指定站点 → INPUT.INVALID；不存在的站点 → NOT_FOUND', async () => {
    await h.fail('head', 'monthly.get', { month: OCT, stationId: h.fx.otherStationId }, 'NOT_FOUND')
    await h.fail('head', 'monthly.export', { month: OCT, stationId: h.fx.otherStationId }, 'NOT_FOUND')
    await h.fail('otherHead', 'monthly.get', { month: OCT, stationId: h.fx.stationId }, 'NOT_FOUND')
    const err = await h.fail('center', 'monthly.get', { month: OCT }, 'INPUT.INVALID')
    expect(err.fields[0].path).toBe('stationId')
    await h.fail('center', 'monthly.get', { month: OCT, stationId: 'no-such-station' }, 'NOT_FOUND')
    await h.fail('center', 'monthly.return', { month: OCT, stationId: 'no-such-station', comment: 'x' }, 'NOT_FOUND')
  })

  test('退回非已提交的月报 → STATE.INVALID_TRANSITION；字段超长与未知字段 → INPUT.INVALID', async () => {
    await h.fail('center', 'monthly.return', { month: OCT, stationId: h.fx.stationId, comment: '再退' }, 'STATE.INVALID_TRANSITION')
    await h.fail('center', 'monthly.return', { month: OCT, stationId: h.fx.stationId, comment: '' }, 'INPUT.INVALID')
    await h.fail('head', 'monthly.update', { month: OCT, narrative: '长'.repeat(5001) }, 'INPUT.INVALID')
    await h.fail('head', 'monthly.update', { month: OCT, status: 'submitted' }, 'INPUT.INVALID')
    const bad = { studentNo: '1', studentName: '某', className: '', situation: '', measures: '', effect: '', level: 'red', progress: '' }
    const err = await h.fail('head', 'monthly.update', { month: OCT, cases: [bad] }, 'INPUT.INVALID')
    expect(err.fields[0].path).toBe('cases.0.level')
  })

  test('未生成的月份不能编辑、不能提交（STATE.INVALID_TRANSITION），站长读取得到“未生成”', async () => {
    const view = await h.ok('head', 'monthly.get', { month: '2026-08' })
    expect(view).toMatchObject({ status: 'none', sections: null, reportId: null })
    await h.fail('head', 'monthly.update', { month: '2026-08', narrative: 'x' }, 'STATE.INVALID_TRANSITION')
    await h.fail('head', 'monthly.submit', { month: '2026-08' }, 'STATE.INVALID_TRANSITION')
  })
})
