/**
 * 人员登记与站长登记表：字段校验（手机、证书编号按字段拒绝）、联系方式只给站长与中心、学时对照标准、
 * 登记表 .docx 打开后逐行核对附件2。
 */
import JSZip from 'jszip'
import { actions } from '../../../cloudfunctions/station'
import { REGISTER_ROWS } from '../../../cloudfunctions/station/register-docx'
import { setTrainingSource, noRecordedTrainings } from '../../../cloudfunctions/station/training-hours'
import { C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup(actions)
})
afterAll(() => {
  setTrainingSource(noRecordedTrainings)
  return h.env.close()
})

export const headProfile = (personId: string, extra: Record<string, unknown> = {}) => ({
  kind: 'head', personId, employment: 'full_time', name: '孙丽华', gender: '女', department: '机电工程学院', title: '副教授/副书记',
  education: '硕士研究生', major: '应用心理学', qqEmail: '12345678@qq.com', phone: '13800001111',
  qualification: { kind: 'counselor3', certificateNo: 'XL-2015-3301' },
  workHistory: ['2009.09-2013.06 重庆某中学 担任专职辅导员', '2013.07-至今 机电工程学院 辅导员、副书记'],
  trainings: [
    { date: '2026-10-10', title: '高校心理危机干预培训', organiser: '校心理中心', trainer: '王教授', hours: 16 },
    { date: '2025-11-01', title: '上一学年的培训', organiser: '市教委', hours: 30 },
  ],
  ...extra,
})

/** 从 word/document.xml 读出表格每行每格的文字 */
async function tableRows(url: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(Buffer.from(await (await fetch(encodeURI(url))).arrayBuffer()))
  const xml = await zip.file('word/document.xml')!.async('string')
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0])
  return rows.map((r) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => {
    const paras = [...c[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    return paras.join('\n')
  }))
}

describe('人员登记', () => {
  test('手机、证书编号、邮箱格式不对：按字段拒绝，什么都不写', async () => {
    const pid = h.fx.personIds.head
    let e = await h.fail('head', 'staff.save', headProfile(pid, { phone: '1380000111' }), 'INPUT.INVALID')
    expect(e.fields.map((f: { path: string }) => f.path)).toEqual(['phone'])
    e = await h.fail('head', 'staff.save', headProfile(pid, { qualification: { kind: 'counselor2', certificateNo: '证书#1' } }), 'INPUT.INVALID')
    expect(e.fields.map((f: { path: string }) => f.path)).toEqual(['qualification.certificateNo'])
    e = await h.fail('head', 'staff.save', headProfile(pid, { qualification: { kind: 'counselor2' } }), 'INPUT.INVALID')
    expect(e.fields.map((f: { path: string }) => f.path)).toEqual(['qualification.certificateNo'])
    e = await h.fail('head', 'staff.save', headProfile(pid, { qqEmail: '12345678qq.com' }), 'INPUT.INVALID')
    expect(e.fields.map((f: { path: string }) => f.path)).toEqual(['qqEmail'])
    e = await h.fail('head', 'staff.save', headProfile(h.fx.personIds.otherHead), 'INPUT.INVALID')
    expect(e.fields.map((f: { path: string }) => f.path)).toEqual(['personId'])
    expect(await h.count(C.staffProfiles)).toBe(0)
  })

  test('站长、辅导员、无任职的兼职心理咨询师；学时 = 本学年手填 + 心桥记录，对照中心标准', async () => {
    setTrainingSource({
      attended: async (_db, _s, personIds, first, last) => [
        { personId: h.fx.personIds.head, date: '2026-09-20', title: '心理委员培训督导', organiser: '本站', hours: 4 },
        { personId: h.fx.personIds.counselorA, date: '2026-09-20', title: '心理委员培训督导', organiser: '本站', hours: 4 },
      ].filter((t) => personIds.includes(t.personId) && t.date >= first && t.date <= last),
    })
    await h.ok('head', 'staff.save', headProfile(h.fx.personIds.head))
    await h.ok('head', 'staff.save', {
      kind: 'counselor', personId: h.fx.personIds.counselorA, employment: 'full_time', name: '钱老师', gender: '男', department: '机电工程学院',
      title: '讲师/辅导员', education: '硕士研究生', major: '思想政治教育', phone: '13900002222', qualification: { kind: 'none' },
    })
    await h.ok('head', 'staff.save', {
      kind: 'consultant', employment: 'part_time', name: '吴咨询师', gender: '女', department: '校心理中心', title: '兼职心理咨询师',
      education: '本科', major: '心理学', qualification: { kind: 'counselor2', certificateNo: '2019-0021-88' },
      trainings: [{ date: '2027-03-01', title: '沙盘疗法', organiser: '校外', hours: 24 }],
    })
    const dup = await h.fail('head', 'staff.save', headProfile(h.fx.personIds.counselorA), 'INPUT.INVALID')
    expect(dup.fields[0].path).toBe('kind')

    const list = await h.ok('head', 'staff.list', { schoolYear: '2026-2027' })
    expect(list.norms).toEqual({ fullTimeHours: 40, partTimeHours: 20 })
    expect(list.items.map((s: { name: string; hours: object }) => [s.name, s.hours])).toEqual([
      ['孙丽华', { schoolYear: '2026-2027', total: 20, fromXinqiao: 4, fromEntries: 16, norm: 40, meets: false }],
      ['钱老师', { schoolYear: '2026-2027', total: 4, fromXinqiao: 4, fromEntries: 0, norm: 40, meets: false }],
      ['吴咨询师', { schoolYear: '2026-2027', total: 24, fromXinqiao: 0, fromEntries: 24, norm: 20, meets: true }],
    ])
    expect(list.items[0]).toMatchObject({ phone: '13800001111', qqEmail: '12345678@qq.com' })

    // 中心改标准后，同一记录按新标准对照
    await h.fail('head', 'staff.norms.set', { fullTimeHours: 16, partTimeHours: 8 }, 'AUTH.FORBIDDEN')
    await h.ok('center', 'staff.norms.set', { fullTimeHours: 16, partTimeHours: 8 })
    const centre = await h.ok('center', 'staff.list', { stationId: h.fx.stationId, schoolYear: '2026-2027' })
    expect(centre.items[0]).toMatchObject({ phone: '13800001111', hours: { norm: 16, meets: true } })
  })

  test('手机与邮箱只给站长与中心：辅导员看到的登记没有联系方式；别站站长看不到', async () => {
    const mine = await h.ok('counselorA', 'staff.list', {})
    expect(mine.items).toHaveLength(3)
    for (const s of mine.items) {
      expect(s.phone).toBeUndefined()
      expect(s.qqEmail).toBeUndefined()
    }
    const other = await h.ok('otherHead', 'staff.list', {})
    expect(other.items).toHaveLength(0)
    await h.fail('otherHead', 'staff.list', { stationId: h.fx.stationId }, 'NOT_FOUND')
  })

  test('站长登记表 .docx：打开后表格的行与顺序同附件2，格子里是登记的内容', async () => {
    const file = await h.ok('head', 'staff.register', {})
    expect(file.filename).toBe('机电工程学院-二级学院心理辅导站站长登记表-2026-2027.docx')
    const rows = await tableRows(file.url)
    expect(rows.map((r) => r[0])).toEqual(REGISTER_ROWS.map((r) => r[0]))
    expect(rows.slice(0, 4).map((r) => r[2])).toEqual(REGISTER_ROWS.slice(0, 4).map((r) => r[1]))
    expect(rows[0]).toEqual(['姓  名', '孙丽华', '性  别', '女'])
    expect(rows[1]).toEqual(['所在部门/学院', '机电工程学院', '职称/职务', '副教授/副书记'])
    expect(rows[2]).toEqual(['最高学历', '硕士研究生', '所学专业', '应用心理学'])
    expect(rows[3]).toEqual(['QQ邮箱', '12345678@qq.com', '手  机', '13800001111'])
    expect(rows[4]).toEqual(['咨询资质\n证书编号', '☑心理咨询师（二、三级）：三级\n□其他相关证书', '证书编号：XL-2015-3301'])
    expect(rows[5][1]).toBe('2009.09-2013.06 重庆某中学 担任专职辅导员\n2013.07-至今 机电工程学院 辅导员、副书记')
    expect(rows[6][1].split('\n')).toEqual([
      '2025年11月，上一学年的培训，市教委举办，共计30学时',
      '2026年9月，心理委员培训督导，本站举办，共计4学时',
      '2026年10月，高校心理危机干预培训，校心理中心举办，王教授主讲，共计16学时',
    ])
    expect(rows[7][1]).toContain('签字：')
    const logged = await h.count(C.auditLogs, { action: 'station.staff.register' })
    expect(logged).toBe(1)
  })

  test('尚未登记站长时导出：答复 STAFF.NO_HEAD', async () => {
    await h.fail('otherHead', 'staff.register', {}, 'STAFF.NO_HEAD')
  })
})
