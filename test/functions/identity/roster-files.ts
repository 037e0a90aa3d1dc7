/** 名册测试文件生成 */
import ExcelJS from 'exceljs'

export const HEADER = ['学号', '姓名', '性别', '年级', '班级', '宿舍楼', '宿舍号', '手机号']

export const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64')
export const csvOf = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n'

/** n 名学生：学号 2025100000+i，每班 40 人、每间宿舍 6 人 */
export function students(n: number, start = 0): string[][] {
  const rows: string[][] = []
  for (let i = start; i < start + n; i++) {
    const cls = Math.floor(i / 40)
    const dorm = Math.floor(i / 6)
    rows.push([
      String(2025100000 + i),
      `学生${i}`,
      i % 2 ? '女' : '男',
      `${2023 + (cls % 3)}级`,
      `测试${2023 + (cls % 3)}-${String(cls).padStart(3, '0')}班`,
      `${20 + (dorm % 10)}栋`,
      String(100 + Math.floor(dorm / 10)),
      i % 5 === 0 ? '' : `139${String(i).padStart(8, '0')}`,
    ])
  }
  return rows
}

export async function xlsxOf(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名册')
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
