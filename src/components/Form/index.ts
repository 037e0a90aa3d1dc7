/** 表单控件：Field 负责标签与错误，控件只负责取值（样式由各控件文件引入：本文件只做再导出，打包时可能被跳过） */

export { Field, FieldGroup } from './Field'
export type { FieldProps } from './Field'
export { TextInput, TextArea } from './TextInput'
export type { TextInputProps, TextAreaProps } from './TextInput'
export { Select } from './Select'
export type { Option, SelectProps } from './Select'
export { CheckboxGroup, RadioGroup, Checkbox, Switch } from './Choice'
export type { CheckboxGroupProps, RadioGroupProps, CheckboxProps, SwitchProps } from './Choice'
