import { Alert, Button, Card, Group, Loader, NumberInput, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { csatLowScoreSetting, csatSurveySetting, uuidv7, type AgentRow, type AutomationRow } from '../../../core';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { surveyFormOf, type SurveyForm } from './surveyForm';

/**
 * Settings → Surveys (leads read, admins edit): the CSAT loop's two settings, kept as the
 * `csat.survey` and `csat.low_score` automation rows. Checked with those settings' own schemas,
 * saved as queued `setting.save` mutations (the hub checks them again), so it works offline too.
 */
export function SurveysPage({ agent }: { agent: AgentRow }) {
  const settings = useRelayQuery('csat.settings', {}, ['automations']);
  const rows = settings.data ?? [];
  const survey = rows.find((r) => r.trigger === csatSurveySetting.trigger) ?? null;
  const lowScore = rows.find((r) => r.trigger === csatLowScoreSetting.trigger) ?? null;
  const editable = agent.role === 'admin';
  return (
    <Stack gap="md" data-testid="settings-surveys">
      <div>
        <Title order={2} fz="h3">
          Surveys
        </Title>
        <Text size="sm" c="dimmed">
          A satisfaction survey after a ticket is solved, and what a low answer sets off. {editable ? '' : 'Admins change these; you see what applies.'}
        </Text>
      </div>
      {settings.error ? (
        <Alert color="red" title="Survey settings could not be read">
          {settings.error.message}
        </Alert>
      ) : settings.loading && !settings.data ? (
        <Loader size="sm" />
      ) : (
        // Keyed by the stored rows, so a change arriving from the hub resets the form to it.
        <SurveyEditor key={`${JSON.stringify(survey)}|${JSON.stringify(lowScore)}`} survey={survey} lowScore={lowScore} editable={editable} />
      )}
    </Stack>
  );
}

type Errors = Partial<Record<keyof SurveyForm, string>>;

function SurveyEditor({ survey, lowScore, editable }: { survey: AutomationRow | null; lowScore: AutomationRow | null; editable: boolean }) {
  const [form, setForm] = useState<SurveyForm>(() => surveyFormOf(survey, lowScore));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof SurveyForm>(key: K, value: SurveyForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors({});
  };

  const save = async () => {
    const surveyConfig = csatSurveySetting.configSchema.safeParse({ delayHours: form.delayHours, cooldownDays: form.cooldownDays, validityDays: form.validityDays });
    const lowConfig = csatLowScoreSetting.configSchema.safeParse({ threshold: form.threshold, reopen: form.reopen, notifyLead: form.notifyLead });
    const next: Errors = {};
    for (const issue of [...(surveyConfig.success ? [] : surveyConfig.error.issues), ...(lowConfig.success ? [] : lowConfig.error.issues)]) {
      const key = issue.path[0] as keyof SurveyForm;
      next[key] = issue.message;
    }
    setErrors(next);
    if (!surveyConfig.success || !lowConfig.success) return;
    setSaving(true);
    setFailure(null);
    const write = (existing: AutomationRow | null, row: Omit<AutomationRow, 'id'>) =>
      relay().invoke('setting.save', { entity: 'automations', id: existing?.id ?? uuidv7(), row });
    const results = await Promise.all([
      write(survey, { name: survey?.name ?? 'Satisfaction survey', trigger: csatSurveySetting.trigger, enabled: form.enabled, config: surveyConfig.data }),
      write(lowScore, { name: lowScore?.name ?? 'Low satisfaction score', trigger: csatLowScoreSetting.trigger, enabled: form.lowScoreEnabled, config: lowConfig.data }),
    ]);
    setSaving(false);
    const refused = results.find((r) => !r.ok);
    if (refused && !refused.ok) return setFailure(refused.error.message);
    notifications.show({ color: 'teal', title: 'Survey settings saved', message: form.enabled ? 'Surveys go out after solved tickets.' : 'No surveys are sent.' });
  };

  const number = (key: 'delayHours' | 'cooldownDays' | 'validityDays', label: string, description: string, suffix: string, max: number) => (
    <NumberInput
      label={label}
      description={description}
      min={0}
      max={max}
      suffix={suffix}
      allowDecimal={key === 'delayHours'}
      value={form[key]}
      onChange={(v) => set(key, typeof v === 'number' ? v : Number(v))}
      error={errors[key]}
      disabled={!editable}
      w={260}
      data-testid={`survey-${key}`}
    />
  );

  return (
    <>
      <Card withBorder radius="md" data-testid="survey-card">
        <Stack gap="sm">
          <Switch
            label="Send a satisfaction survey after a ticket is solved"
            description="On the ticket's channel (phone tickets by email), respecting opt-ins and quiet hours; skipped if the ticket reopens."
            checked={form.enabled}
            onChange={(e) => set('enabled', e.currentTarget.checked)}
            disabled={!editable}
            data-testid="survey-enabled"
          />
          <Group align="flex-start" gap="lg">
            {number('delayHours', 'Delay after solving', '0 sends it at once.', ' h', 30 * 24)}
            {number('cooldownDays', 'One survey per customer per', '0 = no limit.', ' days', 365)}
            {number('validityDays', 'Links accept answers for', '1 to 90 days.', ' days', 90)}
          </Group>
        </Stack>
      </Card>
      <Card withBorder radius="md" data-testid="low-score-card">
        <Stack gap="sm">
          <Switch
            label="React to a low score"
            checked={form.lowScoreEnabled}
            onChange={(e) => set('lowScoreEnabled', e.currentTarget.checked)}
            disabled={!editable}
            data-testid="low-score-enabled"
          />
          <Select
            label="A score is low at or below"
            data={['1', '2', '3', '4'].map((v) => ({ value: v, label: `${v} of 5` }))}
            value={String(form.threshold)}
            onChange={(v) => set('threshold', Number(v ?? csatLowScoreSetting.defaults.threshold))}
            error={errors.threshold}
            allowDeselect={false}
            disabled={!editable}
            w={260}
            data-testid="low-score-threshold"
          />
          <Switch label="Reopen the solved ticket" checked={form.reopen} onChange={(e) => set('reopen', e.currentTarget.checked)} disabled={!editable} data-testid="low-score-reopen" />
          <Switch
            label="Notify the team's lead (an internal note mentioning them)"
            checked={form.notifyLead}
            onChange={(e) => set('notifyLead', e.currentTarget.checked)}
            disabled={!editable}
            data-testid="low-score-notify"
          />
        </Stack>
      </Card>
      {failure ? (
        <Alert color="red" title="Not saved">
          {failure}
        </Alert>
      ) : null}
      {editable ? (
        <Group>
          <Button onClick={() => void save()} loading={saving} data-testid="survey-save">
            Save survey settings
          </Button>
        </Group>
      ) : null}
    </>
  );
}
