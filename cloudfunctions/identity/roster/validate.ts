/** 名册校验：先校验全部行，收集 (行, 列, 原因)；有任何错误则整份拒绝。 */
import { GENDERS, type Gender } from '../../../types/domain'
import type { RosterRowError } from '../../../types/api/identity'
import { MAX_ROSTER_ROWS, ROSTER_COLUMNS, type RosterColumnName } from './columns'

export interface RosterRow {
  /** 文件中的行号（表头为第 1 行） */
  row: number
  studentNo: string
  name: string
  gender: Gender
  grade: string
  className: string
  building: string
  room: string
  /** undefined = 文件没有手机号列；'' = 该行未填 */
  phone?: string
}

export interface ValidatedRoster {
  rows: RosterRow[]
  hasPhoneColumn: boolean
}

/** 最多返回的错误条数（其余以一条汇总说明） */
const MAX_ERRORS = 200

const clean = (s: string | undefined) => (s ?? '').replace(/[\u00A0\u3000]/g, ' ').trim()

/** 校验；existingClassGrades：站内已有班级 名称 → 年级 */
export function validateRoster(
  table: string[][],
  existingClassGrades: Map<string, string>,
): { ok: true; value: ValidatedRoster } | { ok: false; errors: RosterRowError[] } {
  const errors: RosterRowError[] = []
  const header = (table[0] ?? []).map(clean)
  const dataRows = table.slice(1).map((r, i) => ({ n: i + 2, cells: r.map(clean) })).filter((r) => r.cells.some((c) => c !== ''))
  if (header.every((h) => h === '')) return { ok: false, errors: [{ row: 1, column: '', reason: '文件为空或缺少表头行' }] }

  const index = new Map<string, number>()
  header.forEach((h, i) => {
    const name = h.replace(/[（(]可选[)）]$/, '')
    if (name === '') return
    if (!ROSTER_COLUMNS.some((c) => c.name === name)) errors.push({ row: 1, column: h, reason: `无法识别的列“${h}”，请使用模板中的列名` })
    else if (index.has(name)) errors.push({ row: 1, column: h, reason: `列“${h}”重复` })
    else index.set(name, i)
  })
  for (const c of ROSTER_COLUMNS) {
    if (c.required && !index.has(c.name)) errors.push({ row: 1, column: c.name, reason: `缺少必需的列“${c.name}”` })
  }
  if (errors.length) return { ok: false, errors }
  if (dataRows.length === 0) return { ok: false, errors: [{ row: 2, column: '', reason: '文件中没有学生数据' }] }
  if (dataRows.length > MAX_ROSTER_ROWS) return { ok: false, errors: [{ row: 0, column: '', reason: `一次最多导入 ${MAX_ROSTER_ROWS} 名学生` }] }

  const hasPhoneColumn = index.has('手机号')
  const seenNo = new Map<string, number>()
  const classGrade = new Map<string, { grade: string; row: number }>()
  const rows: RosterRow[] = []
  for (const { n, cells } of dataRows) {
    const get = (c: RosterColumnName) => (index.has(c) ? cells[index.get(c)!] ?? '' : '')
    const err = (column: RosterColumnName, reason: string) => errors.push({ row: n, column, reason })
    const before = errors.length

    const studentNo = get('学号').toUpperCase()
    if (!studentNo) err('学号', '学号不能为空')
    else if (!/^[A-Z0-9]{4,20}$/.test(studentNo)) err('学号', '学号应为 4–20 位字母或数字')
    else if (seenNo.has(studentNo)) err('学号', `学号与第 ${seenNo.get(studentNo)} 行重复`)
    else seenNo.set(studentNo, n)

    const name = get('姓名').replace(/\s+/g, '')
    if (!name) err('姓名', '姓名不能为空')
    else if (name.length > 32) err('姓名', '姓名不能超过 32 个字')

    const gender = get('性别')
    if (!(GENDERS as readonly string[]).includes(gender)) err('性别', '性别只能填写“男”或“女”')

    const gradeRaw = get('年级')
    const grade = /^\d{4}$/.test(gradeRaw) ? `${gradeRaw}级` : gradeRaw
    if (!grade) err('年级', '年级不能为空')
    else if (!/^\d{4}级$/.test(grade)) err('年级', '年级应写作“2023级”或“2023”')

    const className = get('班级').replace(/\s+/g, '')
    if (!className) err('班级', '班级不能为空')
    else if (className.length > 32) err('班级', '班级名称不能超过 32 个字')
    else if (grade && /^\d{4}级$/.test(grade)) {
      const known = existingClassGrades.get(className)
      const inFile = classGrade.get(className)
      if (known && known !== grade) err('班级', `班级“${className}”已登记为${known}，与本行年级“${grade}”不一致`)
      else if (inFile && inFile.grade !== grade) err('班级', `班级“${className}”在第 ${inFile.row} 行为${inFile.grade}，与本行年级不一致`)
      else if (!inFile) classGrade.set(className, { grade, row: n })
    }

    const buildingRaw = get('宿舍楼').replace(/\s+/g, '')
    const building = /^\d+$/.test(buildingRaw) ? `${buildingRaw}栋` : buildingRaw
    if (!building) err('宿舍楼', '宿舍楼不能为空')
    else if (building.length > 16) err('宿舍楼', '宿舍楼名称不能超过 16 个字')

    const room = get('宿舍号').replace(/\s+/g, '')
    if (!room) err('宿舍号', '宿舍号不能为空')
    else if (room.length > 16) err('宿舍号', '宿舍号不能超过 16 个字')

    const phone = hasPhoneColumn ? get('手机号').replace(/[\s-]/g, '') : undefined
    if (phone && !/^1\d{10}$/.test(phone)) err('手机号', '手机号应为 11 位数字')

    if (errors.length === before) {
      rows.push({ row: n, studentNo, name, gender: gender as Gender, grade, className, building, room, ...(phone !== undefined ? { phone } : {}) })
    }
    if (errors.length > MAX_ERRORS) {
      errors.push({ row: 0, column: '', reason: `错误过多，仅列出前 ${MAX_ERRORS} 条` })
      break
    }
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, value: { rows, hasPhoneColumn } }
}
