import { withPrivacyConsent } from '../../src/shared/privacy'

describe('隐私接口统一入口', () => {
  test('用户拒绝隐私授权时明确说是隐私授权，而不是“已取消”', async () => {
    const r = await withPrivacyConsent('chooseMessageFile', () => Promise.reject({ errno: 104, errMsg: 'chooseMessageFile:fail privacy permission is not authorized' }))
    expect(r).toEqual({ ok: false, reason: 'privacy', message: expect.stringContaining('隐私保护指引') })
    const undeclared = await withPrivacyConsent('chooseMedia', () => Promise.reject({ errno: 112, errMsg: 'chooseMedia:fail api scope is not declared in the privacy agreement' }))
    expect(undeclared).toMatchObject({ ok: false, reason: 'privacy' })
  })

  test('用户取消选择是“已取消”；其他失败给出可重试的提示；成功原样返回结果', async () => {
    expect(await withPrivacyConsent('chooseMessageFile', () => Promise.reject({ errMsg: 'chooseMessageFile:fail cancel' }))).toMatchObject({ ok: false, reason: 'cancelled' })
    expect(await withPrivacyConsent('openDocument', () => Promise.reject({ errMsg: 'openDocument:fail filetype not supported' }))).toEqual({ ok: false, reason: 'failed', message: '打开文件失败，请稍后重试' })
    expect(await withPrivacyConsent('setClipboardData', () => Promise.resolve('done'))).toEqual({ ok: true, value: 'done' })
  })
})

