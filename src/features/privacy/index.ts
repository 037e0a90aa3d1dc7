/** 隐私授权（小程序平台授权 / H5 本应用提示） */
export { privacyNeeded, installPrivacyListener, onPrivacyRequest, privacyAgreed, privacyDeclined, PRIVACY_AGREE_BUTTON_ID } from './privacy'
export { PrivacyNotice } from './PrivacyNotice'
export type { PrivacyNoticeProps } from './PrivacyNotice'
