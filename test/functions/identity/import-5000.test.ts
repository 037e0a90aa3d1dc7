import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { csvOf, HEADER, students, xlsxOf } from './roster-files'
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()
/** 云函数超时（cloudfunctions/identity/config.json） */
const FUNCTION_TIMEOUT_MS = 20_000

test('5000 名学生一次导入（XLSX）在函数时限内完成；重新导入全部为未变化', async () => {
  const rows = students(5000)
  const file = await xlsxOf([HEADER, ...rows])
  const t0 = Date.now()
  const r = await t.importRoster('全院名册.xlsx', file)
  const first = Date.now() - t0
  expect(r.data).toMatchObject({ added: 5000, updated: 0, unchanged: 0 })
  expect(first).toBeLessThan(FUNCTION_TIMEOUT_MS)
  const t1 = Date.now()
  const again = await t.importRoster('全院名册.csv', csvOf([HEADER, ...rows]))
  const second = Date.now() - t1
  expect(again.data).toMatchObject({ added: 0, updated: 0, unchanged: 5000 })
  expect(await t.count(COLLECTIONS.students, { studentNo: { $gte: '2025100000' } })).toBe(5000)
  console.log(`roster import 5000: xlsx ${file.length} bytes first ${first} ms; csv re-import ${second} ms`)
}, 60_000)
