/**
 * 《二级学院心理辅导站站长登记表》（附件2，docs/seeds/004_…txt）导出为 .docx：行与顺序同附件2，
 * 可直接打印签字。四列表格：标签 | 内容 | 标签 | 内容；整行内容跨三列。
 */
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx'
import type { StaffView } from '../../types/api/station'

/** 附件2 的行（标签与顺序为原文；测试按此逐行核对） */
export const REGISTER_ROWS = [
  ['姓  名', '性  别'],
  ['所在部门/学院', '职称/职务'],
  ['最高学历', '所学专业'],
  ['QQ邮箱', '手  机'],
  ['咨询资质\n证书编号'],
  ['工作经历'],
  ['心理相关培训经历'],
  ['二级学院'],
  ['备注说明'],
] as const

const FONT = 'SimSun'
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: border, bottom: border, left: border, right: border }

const lines = (text: string, bold = false): Paragraph[] =>
  (text === '' ? [''] : text.split('\n')).map((l) => new Paragraph({ children: [new TextRun({ text: l, font: FONT, size: 24, bold })] }))

function cell(text: string, opts: { span?: number; label?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: lines(text, opts.label),
    columnSpan: opts.span,
    borders,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: opts.width ?? (opts.span ? 25 * opts.span : 25), type: WidthType.PERCENTAGE },
  })
}

const tick = (on: boolean) => (on ? '☑' : '□')

/** 站长登记表的各格内容（与 REGISTER_ROWS 对齐） */
export function registerCells(head: StaffView, collegeName: string): string[][] {
  const q = head.qualification
  const counselorCert = q.kind === 'counselor2' || q.kind === 'counselor3'
  const qualification = [
    `${tick(counselorCert)}心理咨询师（二、三级）${counselorCert ? `：${q.kind === 'counselor2' ? '二级' : '三级'}` : ''}`,
    `${tick(q.kind === 'other')}其他相关证书${q.kind === 'other' && q.name ? `：${q.name}` : ''}`,
  ].join('\n')
  const trainings = head.trainings.map((t) => `${t.date.slice(0, 4)}年${Number(t.date.slice(5, 7))}月，${t.title}，${t.organiser}举办${t.trainer ? `，${t.trainer}主讲` : ''}，共计${t.hours}学时`)
  return [
    ['姓  名', head.name, '性  别', head.gender],
    ['所在部门/学院', head.department || collegeName, '职称/职务', head.title],
    ['最高学历', head.education, '所学专业', head.major],
    ['QQ邮箱', head.qqEmail ?? '', '手  机', head.phone ?? ''],
    ['咨询资质\n证书编号', qualification, `证书编号：${q.certificateNo ?? ''}`],
    ['工作经历', head.workHistory.join('\n')],
    ['心理相关培训经历', trainings.join('\n')],
    ['二级学院', `${collegeName}\n\n签字：          （盖章）`],
    ['备注说明', head.remarks ?? ''],
  ]
}

export async function buildRegisterDocx(head: StaffView, collegeName: string, schoolName: string): Promise<Buffer> {
  const rows = registerCells(head, collegeName).map((r) => {
    if (r.length === 4) return new TableRow({ children: [cell(r[0], { label: true }), cell(r[1]), cell(r[2], { label: true }), cell(r[3])] })
    if (r.length === 3) return new TableRow({ children: [cell(r[0], { label: true }), cell(r[1], { width: 50, span: 2 }), cell(r[2])] })
    return new TableRow({ children: [cell(r[0], { label: true }), cell(r[1], { span: 3 })] })
  })
  const title = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: FONT, size: 32, bold: true })] })
  const doc = new Document({
    sections: [{
      children: [
        title(schoolName),
        title('二级学院心理辅导站站长登记表'),
        new Paragraph(''),
        new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
      ],
    }],
  })
  return Packer.toBuffer(doc)
}
