/**
 * binder.export 读回：.xlsx 每项一页（考评细则、建议分与理由、证明材料），中心的导出不含学生姓名；.docx 自评报告含总分与理由。
 */
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { actions } from '../../../cloudfunctions/assessment'
import { createHarness, type Harness } from '../../support/harness'
import { ASOF, seedYear, YEAR } from './year'

let h: Harness
beforeAll(async () => {
  h = await createHarness(actions, ASOF)
  await seedYear(h)
})
afterAll(() => h.env.close())

async function download(url: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(encodeURI(url))).arrayBuffer())
}
async function sheets(url: string): Promise<Map<string, string[]>> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await download(url)) as unknown as ArrayBuffer)
  const out = new Map<string, string[]>()
  for (const ws of wb.worksheets) {
    const rows: string[] = []
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')).join('|')))
    out.set(ws.name, rows)
  }
  return out
}

test('站长的 .xlsx：总览加十项各一页，理由与证明材料可读回', async () => {
  const r = await h.ok('head', 'binder.export', { schoolYear: YEAR, format: 'xlsx' })
  expect(r.filename).toBe(`机电工程学院-${YEAR}-考核手册-工作稿.xlsx`)
  const all = await sheets(r.url)
  expect(all.size).toBe(11)
  const crisis = [...all].find(([name]) => name.includes('危机干预'))![1].join('\n')
  expect(crisis).toContain('2026-10 月报迟报 1 天（截止 2026-11-05，2026-11-06 提交）（−0.5）')
  expect(crisis).toContain('2026 年秋季普测：应测 3，参测 2（66.6%），未测已登记原因 1|2026-10-08|普测参测')
  expect(crisis).toContain(h.fx.studentDocs.b1.name)
  const peer = [...all].find(([name]) => name.includes('朋辈辅导'))![1].join('\n')
  expect(peer).toContain('12栋306 缺宿舍心理观察员 126 天（目前空缺）')
})

test('中心只能导出已提交的手册，且不含学生姓名', async () => {
  await h.fail('center', 'binder.export', { schoolYear: YEAR, stationId: h.fx.stationId, format: 'xlsx' }, 'NOT_FOUND')
  await h.ok('head', 'binder.submit', { schoolYear: YEAR })
  const r = await h.ok('center', 'binder.export', { schoolYear: YEAR, stationId: h.fx.stationId, format: 'xlsx' })
  expect(r.filename).toContain('第1版')
  const text = [...(await sheets(r.url)).values()].flat().join('\n')
  expect(text).not.toContain(h.fx.studentDocs.b1.name)
})

test('.docx 自评报告：标题、总分与等级、各项理由', async () => {
  const r = await h.ok('head', 'binder.export', { schoolYear: YEAR, format: 'docx' })
  const zip = await JSZip.loadAsync(await download(r.url))
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
  expect(xml).toContain(`机电工程学院二级心理辅导站 ${YEAR} 学年工作自评报告`)
  expect(xml).toContain('自评总分：')
  expect(xml).toContain('2026-10 月报迟报 1 天')
})
