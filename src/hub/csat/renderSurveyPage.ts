import { csatScoreLabels, csatScores } from '../../core';

/** What the public rating page may show: the ticket's number and subject, nothing more. */
export interface SurveyPageTicket {
  number: number | null;
  subject: string;
}

export type SurveyPage =
  | { kind: 'form'; ticket: SurveyPageTicket; action: string; score: number | null; comment: string; answered: boolean; error: string | null }
  | { kind: 'thanks'; ticket: SurveyPageTicket; action: string; score: number; comment: string }
  | { kind: 'closed'; title: string; text: string };

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Colours of the app's Mantine theme (blue primary, gray text), so the page reads as Relay's.
const css = `
*{box-sizing:border-box}body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f1f3f5;color:#212529;line-height:1.5}
main{max-width:560px;margin:40px auto;padding:0 16px}.card{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:24px;box-shadow:0 1px 3px rgba(0,0,0,.05)}
h1{font-size:1.4rem;margin:0 0 4px}.ticket{color:#868e96;margin:0 0 20px;overflow-wrap:anywhere}fieldset{border:0;padding:0;margin:0 0 16px}
legend{font-weight:600;margin-bottom:8px;padding:0}.scores{display:flex;gap:8px}.scores label{flex:1;cursor:pointer}
.scores input{position:absolute;opacity:0}.scores span{display:block;text-align:center;border:1px solid #ced4da;border-radius:8px;padding:10px 4px;font-size:.8rem;color:#495057}
.scores b{display:block;font-size:1.4rem;color:#212529}.scores input:checked+span{border-color:#228be6;background:#e7f5ff;box-shadow:0 0 0 2px #228be6}
.scores input:focus-visible+span{outline:2px solid #1c7ed6;outline-offset:2px}label.comment{display:block;font-weight:600;margin-bottom:6px}
textarea{width:100%;min-height:110px;border:1px solid #ced4da;border-radius:8px;padding:10px;font:inherit;resize:vertical}
button{margin-top:16px;background:#228be6;color:#fff;border:0;border-radius:8px;padding:10px 22px;font:inherit;font-weight:600;cursor:pointer}button:hover{background:#1c7ed6}
.note{color:#495057;background:#e7f5ff;border-radius:8px;padding:10px 12px;margin:0 0 16px}.error{color:#c92a2a;background:#fff5f5;border-radius:8px;padding:10px 12px;margin:0 0 16px}
footer{color:#adb5bd;font-size:.8rem;text-align:center;margin-top:16px}
@media (max-width:480px){main{margin:16px auto}.card{padding:16px}.scores{gap:4px}.scores span{font-size:.7rem;padding:8px 2px}}`;

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><style>${css}</style></head><body><main><div class="card">${body}</div><footer>Relay customer service</footer></main></body></html>`;
}

function ticketLine(t: SurveyPageTicket): string {
  return `<p class="ticket" data-testid="survey-ticket">${t.number === null ? '' : `Ticket #${t.number} · `}${escape(t.subject)}</p>`;
}

function form(action: string, score: number | null, comment: string, submit: string): string {
  const options = csatScores
    .map((s) => `<label><input type="radio" name="score" value="${s}" required${s === score ? ' checked' : ''}><span><b>${s}</b>${csatScoreLabels[s]}</span></label>`)
    .join('');
  return `<form method="post" action="${escape(action)}"><fieldset><legend>Your rating</legend><div class="scores">${options}</div></fieldset>
<label class="comment" for="comment">Anything you want to tell us? (optional)</label><textarea id="comment" name="comment" maxlength="2000">${escape(comment)}</textarea>
<button type="submit">${submit}</button></form>`;
}

/**
 * The public rating page as plain HTML with inline CSS: no script, no external resources, so
 * it works without JavaScript and under a strict CSP; readable on a phone. A GET shows the form
 * (the score from the link chosen); only pressing the button records anything.
 */
export function renderSurveyPage(page: SurveyPage): string {
  if (page.kind === 'closed') return shell(page.title, `<h1>${escape(page.title)}</h1><p>${escape(page.text)}</p>`);
  if (page.kind === 'thanks') {
    const said = `<p class="note" data-testid="survey-recorded">Thank you! We recorded your rating: <b>${page.score} – ${csatScoreLabels[page.score as 1]}</b>.</p>`;
    return shell('Thank you', `<h1>Thank you for your feedback</h1>${ticketLine(page.ticket)}${said}<p>Changed your mind? Send again and we will keep your new answer.</p>${form(page.action, page.score, page.comment, 'Update my rating')}`);
  }
  const notes = [
    page.error ? `<p class="error" role="alert">${escape(page.error)}</p>` : '',
    page.answered ? '<p class="note">You already rated this ticket; sending again replaces your earlier answer.</p>' : '',
  ].join('');
  return shell('How did we do?', `<h1>How did we do?</h1>${ticketLine(page.ticket)}${notes}${form(page.action, page.score, page.comment, 'Send my rating')}`);
}
