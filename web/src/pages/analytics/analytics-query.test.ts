import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.ts';
import { analyticsRetry, formatMetric } from './analytics-query.ts';

describe('analytics in the web client', () => {
  it('retries only while the first analysis is running (503)', () => {
    expect(analyticsRetry.retry(0, new ApiError({ status: 503, code: 'analytics_not_ready' }))).toBe(true);
    expect(analyticsRetry.retry(15, new ApiError({ status: 503, code: 'analytics_not_ready' }))).toBe(false);
    expect(analyticsRetry.retry(0, new ApiError({ status: 404, code: 'not_found' }))).toBe(false);
  });

  it('formats whole metrics as they are and fractions to three significant digits', () => {
    expect(formatMetric(12, 'nl')).toBe('12');
    expect(formatMetric(0.123456, 'nl')).toBe('0,123');
    expect(formatMetric(0.123456, 'en')).toBe('0.123');
    expect(formatMetric(null, 'nl')).toBe('–');
  });
});
