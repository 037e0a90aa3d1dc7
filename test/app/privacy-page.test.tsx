/** 小程序端：平台在某个页面调用隐私接口并要求授权时，就在这个页面上出现平台的同意按钮 */
import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PrivacyConsent, installPrivacyListener, privacyAgreed } from '../../src/shared/privacy'

jest.mock('../../src/config/env', () => ({ ENV: { platform: 'weapp', cloudEnv: '', templates: { reminder: '', alert: '' } } }))

type Answer = { event: string; buttonId?: string }
let platformAsks: ((resolve: (r: Answer) => void) => void) | null = null

beforeAll(() => {
  ;(Taro as unknown as Record<string, unknown>).onNeedPrivacyAuthorization = (cb: typeof platformAsks) => {
    platformAsks = cb
  }
  installPrivacyListener()
})

test('平台要求授权时本页出现“同意并继续”（平台的隐私同意按钮）；同意后收起，平台收到同意', async () => {
  const answered: Answer[] = []
  render(<PrivacyConsent />)
  expect(screen.queryByText('同意并继续')).toBeNull()
  act(() => platformAsks!((r) => answered.push(r)))
  expect(await screen.findByText('同意并继续')).toBeTruthy()
  act(() => privacyAgreed())
  expect(screen.queryByText('同意并继续')).toBeNull()
  expect(answered).toEqual([{ event: 'agree', buttonId: 'xq-privacy-agree' }])
})
