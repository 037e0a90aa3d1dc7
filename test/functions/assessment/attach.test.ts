/**
 * 证明材料上传：站长经 file.prepare（用途 document）把文件传到云存储（真实 SDK），binder.attach 挂到材料栏；
 * 手册里随即列出该文件，建议分把这一栏算作有材料，站长可取得临时链接打开它。
 */
import { actions } from '../../../cloudfunctions/assessment'
import { cloud } from '../../../cloudfunctions/_lib/sdk'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions as identityActions } from '../../../cloudfunctions/identity'
import { callAs } from '../../support/env'
import { createHarness, type Harness } from '../../support/harness'
import { ASOF, seedYear, YEAR } from './year'

let h: Harness
beforeAll(async () => {
  h = await createHarness(actions, ASOF)
  await seedYear(h)
})
afterAll(() => h.env.close())

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x20)])

test('站长上传的制度文件挂到“制度文件”栏：手册列出它，能打开临时链接', async () => {
  const identity = createMain(identityActions, { clock: () => h.now() })
  const prepared = await callAs(identity, h.fx.openids.head, { action: 'file.prepare', payload: { purpose: 'document', filename: '心理健康工作制度.pdf' } })
  expect(prepared.ok).toBe(true)
  const { fileID } = await cloud().uploadFile({ cloudPath: prepared.data.cloudPath, fileContent: PDF })

  const attached = await h.ok('head', 'binder.attach', { schoolYear: YEAR, slot: 'policy.rules', fileId: fileID })
  expect(attached).toMatchObject({ slot: 'policy.rules', filename: '心理健康工作制度.pdf' })

  const view = await h.ok('head', 'binder.get', { schoolYear: YEAR })
  expect(view.documents['policy.rules'].files).toEqual([{ fileId: attached.fileId, filename: '心理健康工作制度.pdf' }])
  expect(view.indicators.documents['policy.rules']).toMatchObject({ files: 1, hasEvidence: true })
  expect(view.missing.some((m: any) => m.text.includes('制度文件（机制与制度）'))).toBe(false)

  const link = await callAs(identity, h.fx.openids.head, { action: 'file.link', payload: { fileId: attached.fileId } })
  expect(link.ok).toBe(true)
  expect(link.data).toMatchObject({ filename: '心理健康工作制度.pdf', url: expect.stringContaining('/storage/files/') })
})
