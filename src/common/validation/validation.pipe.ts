import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import type { FieldProblem } from '../errors/error-codes';

/**
 * Flattens class-validator errors into field paths and constraint codes, never values. A property
 * the class does not define (whitelist) is the caller's text, so it is named by its parent and the
 * problem UNKNOWN_FIELD, never by its name.
 */
export function toFieldProblems(errors: ValidationError[], parent = '', whole = 'input'): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    if (error.constraints?.whitelistValidation !== undefined) {
      out.push({ field: parent || whole, problem: 'UNKNOWN_FIELD' });
      continue;
    }
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const constraint of Object.keys(error.constraints ?? {})) {
      out.push({ field, problem: constraint.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() });
    }
    if (error.children?.length) out.push(...toFieldProblems(error.children, field, whole));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.badInput(toFieldProblems(errors)),
  });
}
