/**
 * 名册类文件的解析：CSV（UTF-8 / GBK）或 XLSX（exceljs）→ 字符串二维表。不识别的文件整份拒绝。
 * 学生名册导入（identity）与普测参测名单（station）共用。
 */
import ExcelJS from 'exceljs'
import { MAX_ROSTER_BYTES, type RosterRowError } from '../../types/api/identity'
import { AppError } from './errors'

/** 最多导入行数 */
export const MAX_ROSTER_ROWS = 10_000

export function invalidFile(errors: RosterRowError[]): AppError {
  return new AppError('ROSTER.INVALID_FILE', undefined, { details: { errors } })
}
const fileError = (reason: string) => invalidFile([{ row: 0, column: '', reason }])

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
const isOle = (b: Buffer) => b.length > 8 && b.readUInt32BE(0) === 0xd0cf11e0

/** 文本解码：先严格 UTF-8，失败再按 GBK（Excel 中文版另存的 CSV） */
function decodeText(b: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b).replace(/^\uFEFF/, '')
  } catch {
    try {
      return new TextDecoder('gbk', { fatal: true }).decode(b)
    } catch {
      throw fileError('文件编码无法识别，请另存为 UTF-8 编码的 CSV 或 .xlsx 文件')
    }
  }
}

/** RFC 4180 CSV：引号、转义引号、字段内换行、CRLF */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += ch
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
    if (rows.length > MAX_ROSTER_ROWS + 1) break
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

type CellValue = ExcelJS.CellValue
function cellText(v: CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
    if ('text' in v && typeof v.text === 'string') return v.text
    if ('result' in v) return cellText(v.result as CellValue)
    if ('error' in v) return ''
  }
  return String(v)
}

async function parseXlsx(b: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(b as unknown as ArrayBuffer)
  } catch {
    throw fileError('无法读取该 Excel 文件，请确认是 .xlsx 格式且未加密')
  }
  const ws = wb.worksheets[0]
  if (!ws) throw fileError('Excel 文件中没有工作表')
  if (ws.rowCount > MAX_ROSTER_ROWS + 1) throw fileError(`一次最多导入 ${MAX_ROSTER_ROWS} 名学生`)
  const rows: string[][] = []
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    const vals = r.values as CellValue[]
    rows[n - 1] = vals.slice(1).map(cellText)
  })
  for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? []
  return rows
}

/** 名册文件内容 → 二维表（第一行为表头）。大小、类型已由 acceptUpload 检查过 */
export async function parseRosterFile(filename: string, buf: Buffer): Promise<string[][]> {
  if (buf.length === 0) throw fileError('文件为空')
  if (buf.length > MAX_ROSTER_BYTES) throw fileError(`文件不能超过 ${MAX_ROSTER_BYTES / 1024 / 1024} MB`)
  const ext = filename.toLowerCase().split('.').pop() ?? ''
  if (isZip(buf)) {
    if (ext !== 'xlsx' && ext !== 'xlsm') throw fileError('只支持 .xlsx 或 .csv 格式的名册文件')
    return parseXlsx(buf)
  }
  if (isOle(buf) || ext === 'xls') throw fileError('不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv')
  if (ext !== 'csv' && ext !== 'txt') throw fileError('只支持 .xlsx 或 .csv 格式的名册文件')
  if (buf.subarray(0, 8192).includes(0)) throw fileError('文件不是文本格式的 CSV，请确认文件类型')
  const rows = parseCsv(decodeText(buf))
  if (rows.length > MAX_ROSTER_ROWS + 1) throw fileError(`一次最多导入 ${MAX_ROSTER_ROWS} 名学生`)
  return rows
}
