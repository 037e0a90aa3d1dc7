import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { b64, csvOf, HEADER, students, xlsxOf } from './roster-files'
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()
const imp = (filename: string, data: string | Buffer) =>
  t.call(t.f.openids.head, 'roster.import', { filename, fileBase64: b64(data) })

async function snapshot() {
  return {
    students: await t.count(COLLECTIONS.students),
    classes: await t.count(COLLECTIONS.classes),
    dorms: await t.count(COLLECTIONS.dorms),
  }
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

  test('空文件、只有表头的文件、非表格文件、旧版 xls 都拒绝', async () => {
    expect((await expectRejected('empty.csv', ''))[0].reason).toBe('文件为空')
    expect((await expectRejected('header.csv', csvOf([HEADER])))[0].reason).toBe('文件中没有学生数据')
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    expect((await expectRejected('photo.xlsx', png))[0].reason).toMatch(/无法读取|只支持/)
    expect((await expectRejected('photo.png', png))[0].reason).toMatch(/只支持/)
    expect((await expectRejected('binary.csv', Buffer.concat([png, Buffer.alloc(100)])))[0].reason).toMatch(/不是文本/)
    const ole = Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex')
    expect((await expectRejected('old.xls', ole))[0].reason).toMatch(/xls/)
    const docx = await xlsxOf([['x']]) // zip 但扩展名不对
    expect((await expectRejected('doc.docx', docx))[0].reason).toMatch(/只支持/)
  })

  test('10 MB 的文件在输入校验阶段即被拒绝，不写入任何数据', async () => {
    const before = await snapshot()
    const big = Buffer.alloc(10 * 1024 * 1024, 'a')
    const r = await imp('big.csv', big)
    expect(r.error).toMatchObject({ code: 'INPUT.INVALID', fields: [{ path: 'fileBase64', message: '文件不能超过 5 MB' }] })
    expect(await snapshot()).toEqual(before)
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
