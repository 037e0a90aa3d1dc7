/** 邀请码绑定 */
export { BindForm } from './BindForm'
export type { BindFormProps } from './BindForm'
export { validateBind, toBindInput, PLEDGE_TEXT } from './validate'
