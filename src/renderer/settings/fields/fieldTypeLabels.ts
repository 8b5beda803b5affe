import type { FieldType } from '../../../core';

/** Field types as the Tags & fields page names them. */
export const fieldTypeLabels: Record<FieldType, string> = {
  text: 'Text',
  number: 'Number',
  money: 'Money',
  date: 'Date',
  single_select: 'Single choice',
  multi_select: 'Multiple choice',
};
