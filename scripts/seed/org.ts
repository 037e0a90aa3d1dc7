/** 演示组织数据：站点、学期、班级、宿舍、学生（确定性生成） */
import type { ClassDoc, DormDoc, StationDoc, StudentDoc, TermDoc } from '../../types/models'
import { chineseName, rng } from './names'

export interface MajorSpec {
  /** 班级名前缀，如 “机电” */
  short: string
  /** 学号中的专业码 */
  code: string
  /** 每个年级的班数 */
  classes: Record<string, number>
  /** 男生比例 */
  male: number
}

export interface StationSpec {
  id: string
  name: string
  seed: number
  majors: MajorSpec[]
  /** 每班人数范围 */
  classSize: [number, number]
  /** 男生楼、女生楼 */
  buildings: { male: string[]; female: string[] }
  /** 每间宿舍床位 */
  beds: number
}

export interface StationData {
  station: StationDoc
  classes: ClassDoc[]
  dorms: DormDoc[]
  students: StudentDoc[]
}

export const GRADES = ['2025', '2024', '2023'] as const

export function buildStation(spec: StationSpec, now: Date): StationData {
  const r = rng(spec.seed)
  const station: StationDoc = { _id: spec.id, name: spec.name, ackLimitMinutes: 30, createdAt: new Date('2026-08-20T02:00:00Z') }
  const classes: ClassDoc[] = []
  const students: StudentDoc[] = []
  for (const grade of GRADES) {
    for (const m of spec.majors) {
      for (let n = 1; n <= (m.classes[grade] ?? 0); n++) {
        const no = `${grade.slice(2)}${String(n).padStart(2, '0')}`
        const c: ClassDoc = { _id: `${spec.id}-c${grade}${m.code}${n}`, stationId: spec.id, grade: `${grade}级`, name: `${m.short}${no}班` }
        classes.push(c)
        const size = spec.classSize[0] + Math.floor(r() * (spec.classSize[1] - spec.classSize[0] + 1))
        for (let k = 1; k <= size; k++) {
          const gender = r() < m.male ? '男' : '女'
          const studentNo = `${grade}${m.code}${String(n).padStart(2, '0')}${String(k).padStart(2, '0')}`
          students.push({
            _id: `${spec.id}-s${studentNo}`,
            stationId: spec.id,
            studentNo,
            name: chineseName(r, gender),
            gender,
            classId: c._id,
            dormId: '',
            phone: `1${pickDigit(r, '3578')}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
            updatedAt: now,
          })
        }
      }
    }
  }
  // 分宿舍：按年级、性别、班级顺序依次住满，班级交界处自然出现混住的宿舍
  const dorms: DormDoc[] = []
  for (const gender of ['男', '女'] as const) {
    const buildings = gender === '男' ? spec.buildings.male : spec.buildings.female
    let room = 0
    for (const grade of GRADES) {
      const group = students.filter((s) => s.gender === gender && s.studentNo.startsWith(grade))
      for (let i = 0; i < group.length; i += spec.beds) {
        // 每栋 6 层、每层 10 间
        const building = buildings[Math.floor(room / 60)] ?? `${buildings[buildings.length - 1]}附`
        const roomNo = `${1 + Math.floor((room % 60) / 10)}${String((room % 10) + 1).padStart(2, '0')}`
        const d: DormDoc = { _id: `${spec.id}-d${building}${roomNo}`, stationId: spec.id, building, room: roomNo, name: `${building}${roomNo}` }
        dorms.push(d)
        for (const s of group.slice(i, i + spec.beds)) s.dormId = d._id
        room++
      }
      room = Math.ceil(room / 10) * 10 // 每个年级从新的一组房间开始
    }
  }
  return { station, classes, dorms, students }
}

function pickDigit(r: () => number, digits: string): string {
  return digits[Math.floor(r() * digits.length)]
}

export function termsFor(stationId: string, now: Date): TermDoc[] {
  const base = { stationId, deadlineWeekday: 7, deadlineTime: '22:00', createdAt: now, updatedAt: now }
  return [
    { _id: `${stationId}-t2026s`, name: '2025-2026学年第二学期', startDate: '2026-03-02', weeks: 18, weeksOff: [10], ...base },
    { _id: `${stationId}-t2026f`, name: '2026-2027学年第一学期', startDate: '2026-09-07', weeks: 18, weeksOff: [4], ...base },
  ]
}

/** 机电工程学院：3 个专业 × 3 个年级共 20 个班，约 600 名学生 */
export const JIDIAN: StationSpec = {
  id: 'demo-jd',
  name: '机电工程学院',
  seed: 20260907,
  majors: [
    { short: '机电', code: '01', classes: { '2025': 3, '2024': 3, '2023': 2 }, male: 0.82 },
    { short: '自动化', code: '02', classes: { '2025': 2, '2024': 2, '2023': 2 }, male: 0.75 },
    { short: '机制', code: '03', classes: { '2025': 2, '2024': 2, '2023': 2 }, male: 0.88 },
  ],
  classSize: [27, 33],
  buildings: { male: ['12栋', '13栋'], female: ['5栋'] },
  beds: 6,
}

/** 外国语学院：小站点，用于演示跨站隔离 */
export const WAIYU: StationSpec = {
  id: 'demo-wy',
  name: '外国语学院',
  seed: 20260908,
  majors: [{ short: '英语', code: '11', classes: { '2025': 1, '2024': 1 }, male: 0.2 }],
  classSize: [20, 24],
  buildings: { male: ['3栋'], female: ['7栋'] },
  beds: 6,
}
