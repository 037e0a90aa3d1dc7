/** 隐私授权（小程序平台授权 / H5 本应用提示）与隐私接口的统一入口 */
export { privacyNeeded, installPrivacyListener, onPrivacyRequest, privacyAgreed, privacyDeclined, PRIVACY_AGREE_BUTTON_ID } from './privacy'
export { PrivacyNotice } from './PrivacyNotice'
export type { PrivacyNoticeProps } from './PrivacyNotice'
export { PrivacyConsent } from './PrivacyConsent'
export { withPrivacyConsent, isPrivacyRefusal, type PrivacyApi, type ConsentResult } from './consent'
