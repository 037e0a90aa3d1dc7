/** 表单控件：Field 负责标签与错误，控件只负责取值 */
import './index.scss'

export { Field, FieldGroup } from './Field'
export type { FieldProps } from './Field'
export { TextInput, TextArea } from './TextInput'
export type { TextInputProps, TextAreaProps } from './TextInput'
export { Select } from './Select'
export type { Option, SelectProps } from './Select'
export { CheckboxGroup, RadioGroup, Checkbox, Switch } from './Choice'
export type { CheckboxGroupProps, RadioGroupProps, CheckboxProps, SwitchProps } from './Choice'
