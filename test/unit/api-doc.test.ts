import fs from 'fs'
import path from 'path'
import { replaceTable } from '../../scripts/gen-error-table'
import { ERROR_CODES } from '../../types/errors'
import { actions } from '../../cloudfunctions/identity'

const doc = fs.readFileSync(path.join(__dirname, '../../docs/api.md'), 'utf8')

describe('docs/api.md', () => {
  test('错误码表与 types/errors.ts 一致（不一致时运行 npx tsx scripts/gen-error-table.ts --write）', () => {
    expect(replaceTable(doc)).toBe(doc)
    for (const c of ERROR_CODES) expect(doc).toContain(`\`${c}\``)
  })
  test('identity 的每个动作都有文档', () => {
    const section = doc.slice(doc.indexOf('## identity'))
    for (const a of Object.keys(actions)) expect(section).toContain(`\`${a}\``)
  })
})
