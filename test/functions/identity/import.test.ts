import crypto from 'crypto'
import fs from 'fs'
import path from 'path'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { cloud } from '../../../cloudfunctions/_lib/sdk'
import { csvOf, HEADER, students, xlsxOf } from './roster-files'
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()
const imp = (filename: string, data: string | Buffer) => t.importRoster(filename, data)

async function snapshot() {
  return {
    students: await t.count(COLLECTIONS.students),
    classes: await t.count(COLLECTIONS.classes),
    dorms: await t.count(COLLECTIONS.dorms),
    files: await t.count(COLLECTIONS.files),
  }
}

/** 模拟器数据目录下云存储里的文件数 */
function storedFiles(): number {
  const root = path.join(t.env.dataDir, 'storage')
  const walk = (d: string): number => (fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : 1), 0) : 0)
  return walk(root)
}

/** 上传被拒绝：给出的错误码，名册、files 记录、存储里的文件都没有留下 */
async function expectRefused(code: string, filename: string, data: string | Buffer) {
  const before = { ...(await snapshot()), stored: storedFiles() }
  const r = await imp(filename, data).catch((e: { code: string; message: string }) => ({ ok: false, error: e }))
  expect(r.ok).toBe(false)
  expect(r.error.code).toBe(code)
  expect({ ...(await snapshot()), stored: storedFiles() }).toEqual(before)
  return r.error.message as string
}

/** 导入失败：ROSTER.INVALID_FILE，返回逐行错误，且什么都没写入 */
async function expectRejected(filename: string, data: string | Buffer) {
  const before = await snapshot()
  const r = await imp(filename, data)
  expect(r.ok).toBe(false)
  expect(r.error.code).toBe('ROSTER.INVALID_FILE')
  expect(await snapshot()).toEqual(before)
  return r.error.details.errors as Array<{ row: number; column: string; reason: string }>
}

describe('名册导入', () => {
  test('模板可下载，按模板填写的文件可直接导入', async () => {
    const tpl = await t.call(t.f.openids.head, 'roster.template', {})
    expect(tpl.data.columns.map((c: { name: string }) => c.name)).toEqual(HEADER)
    const r = await imp('模板.csv', tpl.data.csv)
    expect(r.data).toMatchObject({ added: 2, updated: 0, unchanged: 0, classesAdded: 0, dormsAdded: 0 })
  })

  test('列名不对：缺列、多出不认识的列都拒绝', async () => {
    const errs = await expectRejected('a.csv', csvOf([['学号', '名字', '性别', '年级', '班级', '宿舍楼', '宿舍号'], ['2025000001', '甲', '男', '2025级', '甲班', '1栋', '101']]))
    expect(errs).toEqual(expect.arrayContaining([
      { row: 1, column: '名字', reason: '无法识别的列“名字”，请使用模板中的列名' },
      { row: 1, column: '姓名', reason: '缺少必需的列“姓名”' },
    ]))
  })

  test('逐行列出错误（行号、列名、中文原因），一行出错整份不导入', async () => {
    const rows = students(5)
    rows[1][0] = rows[0][0] // 重复学号
    rows[2][2] = '未知'
    rows[3][3] = '二〇二三'
    rows[4][7] = '12345'
    const errs = await expectRejected('b.csv', csvOf([HEADER, ...rows]))
    expect(errs).toEqual([
      { row: 3, column: '学号', reason: `学号与第 2 行重复` },
      { row: 4, column: '性别', reason: '性别只能填写“男”或“女”' },
      { row: 5, column: '年级', reason: '年级应写作“2023级”或“2023”' },
      { row: 6, column: '手机号', reason: '手机号应为 11 位数字' },
    ])
  })

  test('班级与已登记的年级不一致（引用了不存在的“班级-年级”组合）时拒绝', async () => {
    // 夹具中 机电2301班 属于 2023级
    const errs = await expectRejected('c.csv', csvOf([HEADER, ['2025000009', '乙', '女', '2024级', '机电2301班', '12栋', '305', '']]))
    expect(errs[0]).toMatchObject({ row: 2, column: '班级' })
  })

  test('只有表头的文件按名册错误拒绝；空文件、内容与扩展名不符、不支持的格式按文件错误拒绝，什么都不留', async () => {
    expect((await expectRejected('header.csv', csvOf([HEADER])))[0].reason).toBe('文件中没有学生数据')
    await expectRefused('FILE.EMPTY', 'empty.csv', '')
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    expect(await expectRefused('FILE.WRONG_TYPE', 'photo.xlsx', png)).toBe('名册只支持 .csv、.xlsx 格式')
    await expectRefused('FILE.WRONG_TYPE', 'photo.png', png)
    await expectRefused('FILE.WRONG_TYPE', 'binary.csv', Buffer.concat([png, Buffer.alloc(100)]))
    await expectRefused('FILE.WRONG_TYPE', 'old.xls', Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex'))
    await expectRefused('FILE.WRONG_TYPE', 'doc.docx', await xlsxOf([['x']]))
  })

  test('超过 20 MB 的名册以 FILE.TOO_LARGE 拒绝，上传的文件被删除', async () => {
    const msg = await expectRefused('FILE.TOO_LARGE', 'big.csv', Buffer.alloc(21 * 1024 * 1024, 'a'))
    expect(msg).toBe('名册文件不能超过 20 MB')
  })

  test('9 MB 的名册文件（带校徽图片的 .xlsx）经云存储上传后导入；导入后名册文件不留在存储里', async () => {
    const ExcelJS = (await import('exceljs')).default
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('名册')
    ws.addRow(HEADER)
    for (const r of students(2000, 3000)) ws.addRow(r)
    // 不可压缩的图片数据把文件撑到 9 MB 以上（远超单次调用 6 MB 的上限）
    const logo = wb.addImage({ buffer: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), crypto.randomBytes(9 * 1024 * 1024)]) as any, extension: 'png' })
    ws.addImage(logo, { tl: { col: 9, row: 1 }, ext: { width: 120, height: 120 } })
    const file = Buffer.from(await wb.xlsx.writeBuffer())
    expect(file.length).toBeGreaterThan(9 * 1024 * 1024)
    const storedBefore = storedFiles()
    const r = await imp('全院名册（含校徽）.xlsx', file)
    expect(r.data).toMatchObject({ added: 2000 })
    expect(storedFiles()).toBe(storedBefore)
    expect(await t.count(COLLECTIONS.files)).toBe(0)
  }, 60_000)

  test('交回不是本人为名册上传的文件 id：FILE.NOT_YOURS，别人的文件原样保留；同一个文件 id 不能用两次', async () => {
    const before = await snapshot()
    const theirs = await t.upload(t.f.openids.counselorA, 'document', '谈话记录.pdf', Buffer.from('%PDF-1.4 x'))
    const r = await t.call(t.f.openids.head, 'roster.import', { fileID: theirs })
    expect(r.error.code).toBe('FILE.NOT_YOURS')
    expect(String((await cloud().downloadFile({ fileID: theirs })).fileContent)).toBe('%PDF-1.4 x')
    const made = await t.call(t.f.openids.head, 'roster.import', { fileID: 'cloud://local.x/uploads/roster/0123456789abcdef01234567/file.csv' })
    expect(made.error.code).toBe('FILE.NOT_YOURS')
    const mine = await t.upload(t.f.openids.head, 'roster', 'r.csv', csvOf([HEADER, ...students(2, 9000)]))
    expect((await t.call(t.f.openids.head, 'roster.import', { fileID: mine })).ok).toBe(true)
    expect((await t.call(t.f.openids.head, 'roster.import', { fileID: mine })).error.code).toBe('FILE.NOT_YOURS')
    expect((await t.call(t.f.openids.otherHead, 'roster.import', { fileID: mine })).error.code).toBe('FILE.NOT_YOURS')
    expect((await snapshot()).files).toBe(before.files + 1) // 只剩辅导员那份
  })

  test('XLSX 可导入（数字格式的学号、手机号也能识别），GBK 编码的 CSV 也可导入', async () => {
    const x = await xlsxOf([HEADER, [2025200001, '丙', '男', 2025, '机电2501班', 14, 101, 13900000001]])
    expect((await imp('名册.xlsx', x)).data).toMatchObject({ added: 1, classesAdded: 1, dormsAdded: 1 })
    const s = (await t.env.db.collection(COLLECTIONS.students).where({ studentNo: '2025200001' }).get()).data[0]
    expect(s).toMatchObject({ name: '丙', phone: '13900000001' })
    const gbk = Buffer.from(
      'd1a7bac52cd0d5c3fb2cd0d4b1f02cc4eabcb62cb0e0bcb62ccbdec9e1c2a52ccbdec9e1bac50d0a323032353230303030322cb6a12cc5ae2c32303235bcb62cbbfab5e732353031b0e02c3134b6b02c3130320d0a',
      'hex',
    )
    expect((await imp('gbk.csv', gbk)).data).toMatchObject({ added: 1 })
    expect((await t.env.db.collection(COLLECTIONS.students).where({ studentNo: '2025200002' }).get()).data[0].name).toBe('丁')
  })

  test('重新导入按学号更新：不产生重复学生，新增/更新/未变化计数正确', async () => {
    const rows = students(30, 500)
    const first = await imp('r.csv', csvOf([HEADER, ...rows]))
    expect(first.data).toMatchObject({ added: 30, updated: 0, unchanged: 0 })
    const again = await imp('r.csv', csvOf([HEADER, ...rows]))
    expect(again.data).toMatchObject({ added: 0, updated: 0, unchanged: 30, classesAdded: 0, dormsAdded: 0 })
    const changed = rows.map((r) => [...r])
    changed[0][1] = '改名了'
    changed[1][6] = '999'
    changed[2][7] = ''
    const more = await imp('r.csv', csvOf([HEADER, ...changed, ...students(2, 600)]))
    expect(more.data).toMatchObject({ added: 2, updated: 3, unchanged: 27, dormsAdded: 2 })
    expect(await t.count(COLLECTIONS.students, { studentNo: rows[0][0] })).toBe(1)
    const s2 = (await t.env.db.collection(COLLECTIONS.students).where({ studentNo: rows[2][0] }).get()).data[0]
    expect(s2.phone).toBeUndefined()
  })
})
