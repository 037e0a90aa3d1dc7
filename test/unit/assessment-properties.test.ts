/** 建议分的性质（fast-check）：任意记录下分数不超过分值、不低于 0，总分与等级一致，补材料不降分 */
import fc from 'fast-check'
import { shanghaiInstant } from '../../domain/calendar'
import { assessYear } from '../../domain/assessment'
import type { BinderInput } from '../../domain/assessment/indicators'
import { allSlots, DEFAULT_TABLE } from '../../domain/assessment/table'
import { applyOverride, gradeOf } from '../../domain/assessment/version'
import type { AssessmentTableVersion } from '../../types/assessment'
import { sampleYear } from './assessment-year'

const base = sampleYear()
const DAY = 86_400_000
const yearStart = shanghaiInstant('2026-08-01').getTime()

const override = applyOverride({
  id: 'shifted', schoolYear: '2026-2027',
  items: [{ id: 'crisis', max: 18 }, { id: 'counseling', max: 7 }],
  points: [{ id: 'crisis.2', max: 7 }],
  bands: [{ grade: 'excellent', min: 85 }, { grade: 'good', min: 75 }],
  params: { coverageGraceDays: 0, minTalksPerTerm: 5, monthlyDeadlineDay: 1 },
})
if (!override.ok) throw new Error('override')
const tables: AssessmentTableVersion[] = [DEFAULT_TABLE, override.version]

const monthArb = fc.option(fc.integer({ min: -20, max: 60 }), { nil: null })
const inputArb: fc.Arbitrary<BinderInput> = fc
  .record({
    asOfDays: fc.integer({ min: 0, max: 420 }),
    screenings: fc.array(
      fc.record({ eligible: fc.integer({ min: 0, max: 2000 }), missed: fc.integer({ min: 0, max: 50 }), reasons: fc.integer({ min: 0, max: 60 }) }),
      { maxLength: 3 },
    ),
    months: fc.array(monthArb, { minLength: 10, maxLength: 10 }),
    alerts: fc.subarray(base.alerts),
    followUps: fc.subarray(base.followUps),
    classes: fc.subarray(base.classes),
    dorms: fc.subarray(base.dorms),
    trainings: fc.subarray(base.trainings),
    staff: fc.subarray(base.staff),
    staffTrainings: fc.subarray(base.staffTrainings),
    activities: fc.subarray(base.activities),
    talks: fc.subarray(base.talks),
    peerTalks: fc.subarray(base.peerTalks),
    plan: fc.boolean(),
    summary: fc.boolean(),
    roleEnds: fc.subarray(base.roleEnds),
    documents: fc.subarray(allSlots(DEFAULT_TABLE).map((s) => ({ slot: s.key, files: 1, note: false }))),
  })
  .map((r) => ({
    ...base,
    ...r,
    asOf: new Date(yearStart + r.asOfDays * DAY),
    screenings: r.screenings.map((s, i) => ({ id: `s${i}`, name: `普测${i}`, date: '2026-09-20', eligible: s.eligible, participated: Math.max(0, s.eligible - s.missed), gapsWithReason: s.reasons })),
    monthlyReports: ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'].map((month, i) => ({
      month,
      submittedAt: r.months[i] === null ? null : new Date(shanghaiInstant(`${month}-28`).getTime() + r.months[i]! * DAY),
    })),
    plan: { submittedAt: r.plan ? shanghaiInstant('2026-09-20') : null },
    summary: { submittedAt: r.summary ? shanghaiInstant('2027-07-10') : null },
  }))

const halfStep = (n: number) => Number.isInteger(n * 2)

describe('建议分的性质', () => {
  test('任意记录、任一版本：每条细则与每项的建议分在 [0, 分值] 内，为 0.5 的整数倍；总分不超过 100，等级与总分一致', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...tables), (input, table) => {
        const s = assessYear(input, table).suggestion
        for (const item of s.items) {
          expect(item.score).toBeGreaterThanOrEqual(0)
          expect(item.score).toBeLessThanOrEqual(item.max)
          for (const p of item.points) {
            expect(p.score).toBeGreaterThanOrEqual(0)
            expect(p.score).toBeLessThanOrEqual(p.max)
            expect(halfStep(p.score)).toBe(true)
            expect(p.reasons.length).toBeGreaterThan(0)
          }
        }
        expect(s.total).toBeGreaterThanOrEqual(0)
        expect(s.total).toBeLessThanOrEqual(100)
        expect(s.grade).toBe(gradeOf(s.total, table.bands).grade)
      }),
      { numRuns: 120 },
    )
  })

  test('缺失清单的键不重复', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const keys = assessYear(input, DEFAULT_TABLE).missing.map((m) => m.key)
        expect(new Set(keys).size).toBe(keys.length)
      }),
      { numRuns: 60 },
    )
  })

  test('多上传一份材料不会降低任何一项的建议分', () => {
    const slots = allSlots(DEFAULT_TABLE).map((s) => s.key)
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...slots), (input, slot) => {
        const before = assessYear(input, DEFAULT_TABLE).suggestion.items
        const after = assessYear({ ...input, documents: [...input.documents, { slot, files: 1, note: true }] }, DEFAULT_TABLE).suggestion.items
        after.forEach((item, i) => expect(item.score).toBeGreaterThanOrEqual(before[i].score))
      }),
      { numRuns: 40 },
    )
  })
})
