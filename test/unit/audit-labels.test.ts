/** 审计日志里的每个动作都有中文名：扫描云函数源码里记下的全部动作 */
import fs from 'fs'
import path from 'path'
import { AUDIT_LABELS, auditLabel } from '../../src/features/org/auditLabels'
import { FILE_PURPOSES } from '../../types/files'

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name)
    return d.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []
  })
}

test('云函数记入审计日志的每个动作都有中文名', () => {
  const actions = new Set<string>()
  for (const file of sources(path.resolve(__dirname, '../../cloudfunctions'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/[aA]udit\(\s*(?:[a-zA-Z]+,\s*[a-zA-Z]+,\s*)?'([a-z]+\.[a-z.]+)'/g)) actions.add(m[1])
  }
  expect(actions.size).toBeGreaterThan(30)
  expect([...actions].filter((a) => !AUDIT_LABELS[a]).sort()).toEqual([])
  expect([...actions]).toEqual(expect.arrayContaining(['observations.missing.list', 'counseling.approval.decide', 'identity.bind']))
})

test('上传文件被接收（files.accept.<用途>）按用途显示中文名，不显示动作代码', () => {
  for (const [purpose, def] of Object.entries(FILE_PURPOSES)) expect(auditLabel(`files.accept.${purpose}`)).toBe(`上传${def.label}`)
  expect(auditLabel('files.accept.roster')).toBe('上传名册')
})
