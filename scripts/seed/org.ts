/** 演示组织数据：站点、学期、班级、宿舍、学生（确定性生成） */
import type { ClassDoc, DormDoc, StationDoc, StudentDoc, TermDoc } from '../../types/models'
import { addDays, shanghaiDate, shanghaiInstant, weekdayOf } from '../../domain/calendar'
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
  const cal = demoCalendar(now)
  const station: StationDoc = { _id: spec.id, name: spec.name, ackLimitMinutes: 30, createdAt: cal.stationCreatedAt }
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

/** 演示校历：今天（北京时间）总在当前学期的第 DEMO_WEEK 周（教学周），无论哪一天播种 */
export const DEMO_WEEK = 12
/** 当前学期里已过去的假期周（演示“假期周不报”） */
export const DEMO_WEEK_OFF = DEMO_WEEK - 3
const TERM_WEEKS = 18
/** 上一学期开始到当前学期开始的周数（18 个教学周 + 8 周假期） */
const TERM_GAP_WEEKS = 26

export interface DemoCalendar {
  /** 当前学期第 1 周周一 */
  currentStart: string
  /** 上一学期第 1 周周一 */
  previousStart: string
  /** 本学期任职开始（开学前一周） */
  staffSince: Date
  /** 更早的任职与人员创建时间（上一学年） */
  earlier: Date
  /** 演示的换岗交接：开学后第 4 天中午 */
  handoverAt: Date
  stationCreatedAt: Date
}

/** 由今天推出的演示校历（确定性：同一天播种结果相同） */
export function demoCalendar(now: Date): DemoCalendar {
  const today = shanghaiDate(now)
  const monday = addDays(today, 1 - weekdayOf(today))
  const currentStart = addDays(monday, -(DEMO_WEEK - 1) * 7)
  const previousStart = addDays(currentStart, -TERM_GAP_WEEKS * 7)
  return {
    currentStart,
    previousStart,
    staffSince: shanghaiInstant(addDays(currentStart, -7), '08:00'),
    earlier: shanghaiInstant(addDays(previousStart, -30), '08:00'),
    handoverAt: shanghaiInstant(addDays(currentStart, 3), '20:00'),
    stationCreatedAt: shanghaiInstant(addDays(previousStart, -40), '10:00'),
  }
}

/** 学期名称：8 月至次年 1 月开始的是第一学期，其余是第二学期，如 “2026-2027学年第一学期” */
export function termNameFor(startDate: string): string {
  const [y, m] = startDate.split('-').map(Number)
  if (m >= 8) return `${y}-${y + 1}学年第一学期`
  if (m === 1) return `${y - 1}-${y}学年第一学期`
  return `${y - 1}-${y}学年第二学期`
}

export function termsFor(stationId: string, now: Date): TermDoc[] {
  const cal = demoCalendar(now)
  const base = { stationId, deadlineWeekday: 7, deadlineTime: '22:00', createdAt: cal.stationCreatedAt, updatedAt: cal.stationCreatedAt }
  return [
    { _id: `${stationId}-t-prev`, name: termNameFor(cal.previousStart), startDate: cal.previousStart, weeks: TERM_WEEKS, weeksOff: [10], ...base },
    { _id: `${stationId}-t-current`, name: termNameFor(cal.currentStart), startDate: cal.currentStart, weeks: TERM_WEEKS, weeksOff: [DEMO_WEEK_OFF], ...base },
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
