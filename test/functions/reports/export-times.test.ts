/**
 * 导出 .xlsx 中的每个日期、时间都是北京时间、可读的 'YYYY-MM-DD HH:mm'，不是 UTC ISO 串。
 */
import ExcelJS from 'exceljs'
import { NOV1_2AM, setup, type Harness } from './helpers'
import { seedSampleMonth } from './seed-month'

let h: Harness
const OCT = '2026-10'
beforeAll(async () => {
  h = await setup(NOV1_2AM)
  await seedSampleMonth(h.env.db, h.fx)
})
afterAll(() => h.env.close())

/** 导出经云存储的临时链接下载（monthly.export 返回 url） */
async function cells(url: string): Promise<Map<string, unknown>> {
  const res = await fetch(encodeURI(url))
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer)
  const all = new Map<string, unknown>()
  for (const ws of wb.worksheets) {
    ws.eachRow((row, r) => row.eachCell((c, col) => all.set(`${ws.name}!${r}:${col}`, c.value)))
  }
  return all
}

function labelled(all: Map<string, unknown>, sheet: string, label: string): unknown {
  for (const [k, v] of all) {
    if (k.startsWith(`${sheet}!`) && k.endsWith(':1') && v === label) return all.get(k.replace(/:1$/, ':2'))
  }
  throw new Error(`${label} not in ${sheet}`)
}

describe('导出的时间按北京时间显示', () => {
  test('北京时间 11-01 02:50 生成、09:05 提交：导出写 2026-11-01 02:50 与 2026-11-01 09:05', async () => {
    h.at('2026-10-31T18:50:06Z')
    await h.ok('head', 'monthly.generate', { month: OCT })
    h.at('2026-11-01T01:05:30Z')
    await h.ok('head', 'monthly.submit', { month: OCT })
    for (const who of ['head', 'center'] as const) {
      const r = await h.ok(who, 'monthly.export', { month: OCT, ...(who === 'center' ? { stationId: h.fx.stationId } : {}) })
      const all = await cells(r.url)
      expect(labelled(all, '学院整体情况及重大事件', '生成时间')).toBe('2026-11-01 02:50')
      expect(labelled(all, '学院整体情况及重大事件', '提交时间')).toBe('2026-11-01 09:05')
      // 任何一格都没有 UTC ISO 时刻
      const iso = [...all].filter(([, v]) => (typeof v === 'string' && /\d{4}-\d\d-\d\dT\d\d:/.test(v)) || v instanceof Date)
      expect(iso).toEqual([])
    }
  })
})
