import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/reports-${name}.png`, animations: 'disabled' });

async function csvOf(download: Download): Promise<string[]> {
  const path = await download.path();
  const text = (await readFile(path, 'utf8')).replace(/^\ufeff/, '');
  return text.split('\r\n').filter(Boolean);
}

test('reports: per agent and per carrier, the last 12 months from the hub, exported as CSV', async ({ page }) => {
  await signInAs(page, demoAgents.daniel);
  await page.getByTestId('section-dashboard').click();
  await page.getByRole('tab', { name: 'Reports' }).click();
  const reports = page.getByTestId('reports');
  await expect(reports.getByRole('heading', { name: 'Reports' })).toBeVisible();

  // Opens on agents over the last 30 days, from this computer's copy.
  await expect(reports).toContainText('from this computer’s copy');
  const table = page.getByTestId('report-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('report-chart').locator('svg.recharts-surface').first()).toBeVisible();
  await shot(page, '1-agents');

  // Sorting: a numeric header sorts descending first.
  await table.getByRole('button', { name: 'Solved' }).click();
  await expect(table.getByRole('columnheader', { name: 'Solved' })).toHaveAttribute('aria-sort', 'descending');

  const agentsCsv = page.waitForEvent('download');
  await page.getByTestId('report-table-export').click();
  const agentLines = await csvOf(await agentsCsv);
  expect(agentLines[0]).toBe('Agent,Replies,Solved,First responses,Median first response (minutes),CSAT responses,CSAT average');
  expect(agentLines[1]).toMatch(/^[^,]+,\d+,\d+,\d+,/);

  // Carriers over the last 12 months: older than the replica keeps, so the hub answers.
  await page.getByTestId('report-kind').getByText('Carriers').click();
  await page.getByTestId('report-period').getByText('Last 12 months').click();
  await expect(reports).toContainText('from the hub (all history)');
  await expect(table.getByRole('columnheader', { name: 'On time' })).toBeVisible();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await shot(page, '2-carriers-12-months');

  const carriersCsv = page.waitForEvent('download');
  await page.getByTestId('report-table-export').click();
  const download = await carriersCsv;
  expect(download.suggestedFilename()).toMatch(/^relay-carriers-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = await csvOf(download);
  expect(lines[0]).toBe('Carrier,Shipments,Delivered (with promise),On time,On-time %,Exceptions,"Exceptions per 1,000 shipments",Late,Median delay (hours)');
  expect(lines[1]).toMatch(/^[^,]+,\d+,\d+,\d+,[\d.]*,\d+,/);

  // The chart has its own export.
  const chartCsv = page.waitForEvent('download');
  await page.getByTestId('report-chart-export').click();
  expect((await csvOf(await chartCsv))[0]).toBe('Name,On time %');

  // Lanes and contact reasons.
  await page.getByTestId('report-kind').getByText('Lanes').click();
  await expect(table).toContainText('→');
  await shot(page, '3-lanes');
  await page.getByTestId('report-kind').getByText('Reasons by field').click();
  await expect(page.getByTestId('report-empty').or(table)).toBeVisible();
  await shot(page, '4-fields');
});

test('the inbox exports the rows of its current view as CSV', async ({ page }) => {
  await signInAs(page, demoAgents.daniel);
  const total = page.getByTestId('list-total');
  await expect(total).toHaveText(/\d/);
  const count = Number((await total.textContent())!.replace(/[^\d]/g, ''));
  const csv = page.waitForEvent('download');
  await page.getByTestId('export-view').click();
  const lines = await csvOf(await csv);
  expect(lines[0]).toBe('Number,Subject,Status,Priority,Channel,Customer,Assignee,Tags,Created,Updated,First reply,Solved');
  expect(lines.length - 1).toBe(count);
});
