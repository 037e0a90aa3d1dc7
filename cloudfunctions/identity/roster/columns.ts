/** 名册列定义与模板（唯一来源：导入校验、模板下载、文档共用） */
import type { RosterColumn } from '../../../types/api/identity'

export const ROSTER_COLUMNS: RosterColumn[] = [
  { name: '学号', required: true, example: '2023000001', rule: '4–20 位字母或数字，站内唯一；重新导入按学号更新' },
  { name: '姓名', required: true, example: '张晓明', rule: '不超过 32 个字' },
  { name: '性别', required: true, example: '男', rule: '“男”或“女”' },
  { name: '年级', required: true, example: '2023级', rule: '四位年份，可写“2023”或“2023级”' },
  { name: '班级', required: true, example: '机电2301班', rule: '班级全称；不存在的班级自动创建' },
  { name: '宿舍楼', required: true, example: '12栋', rule: '楼栋名；纯数字自动补“栋”' },
  { name: '宿舍号', required: true, example: '305', rule: '房间号；不存在的宿舍自动创建' },
  { name: '手机号', required: false, example: '13800000000', rule: '11 位手机号，可不填' },
]

export type RosterColumnName = '学号' | '姓名' | '性别' | '年级' | '班级' | '宿舍楼' | '宿舍号' | '手机号'

export { MAX_ROSTER_ROWS } from '../../_lib/roster-file'

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** 模板：表头 + 两行示例（UTF-8，带 BOM 以便 Excel 正确显示中文） */
export function rosterTemplateCsv(): string {
  return (
    '\uFEFF' +
    toCsv([
      ROSTER_COLUMNS.map((c) => c.name),
      ROSTER_COLUMNS.map((c) => c.example),
      ['2023000002', '李思远', '女', '2023级', '机电2301班', '12栋', '306', ''],
    ])
  )
}
